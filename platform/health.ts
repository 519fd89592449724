import { Ctx, Directive, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { HubContext } from './context';
import type { SubgraphName } from './config';

@ObjectType({ description: 'Whether a subgraph is up and reaches its database.' })
@Directive('@shareable')
export class SubgraphHealth {
  @Field()
  subgraph: string;

  @Field({ description: 'True when the subgraph answered a query against its own database.' })
  database: boolean;
}

/** Each subgraph answers `<name>Health` through the graph (and GET /health over plain HTTP). */
export function healthResolver(name: SubgraphName): Function {
  @Resolver()
  class HealthResolver {
    @Query(() => SubgraphHealth, { nullable: true, name: `${name}Health`, description: `Health of the ${name} subgraph.` })
    async health(@Ctx() context: HubContext): Promise<SubgraphHealth> {
      const database = await context.db.query('select 1').then(() => true, () => false);
      return { subgraph: name, database };
    }
  }
  Object.defineProperty(HealthResolver, 'name', { value: `${name}HealthResolver` });
  return HealthResolver;
}
