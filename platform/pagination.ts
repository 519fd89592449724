import { ArgsType, ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidInput } from './errors';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many to return (1-${MAX_PAGE_SIZE}).` })
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

/** A page of nodes with a cursor to the next page (keyset pagination: stable under inserts, no OFFSET). */
export function Connection<T extends object>(NodeType: ClassType<T>, name: string) {
  @ObjectType(name)
  class ConnectionType {
    @Field(() => [NodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many match in all.' })
    totalCount: number;
  }
  return ConnectionType;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
function decodeCursor(cursor: string): [string, string] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === 2 && values.every((value) => typeof value === 'string')) {
      return values as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidInput('after', 'is not a cursor this list gave out');
}

/**
 * Pages `query` ordered by `sortColumn` then `id`. Costs two statements (the page and the count),
 * however large the table.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  sort: { column: string; valueOf: (node: T) => string },
): Promise<Page<T>> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw new InvalidInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    query.andWhere(`(${alias}.${sort.column}, ${alias}.id) > (:cursorValue, :cursorId)`, { cursorValue: value, cursorId: id });
  }
  const rows = await query
    .orderBy(`${alias}.${sort.column}`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(args.first + 1)
    .getMany();
  const nodes = rows.slice(0, args.first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor([sort.valueOf(last), last.id]) : null },
  };
}
