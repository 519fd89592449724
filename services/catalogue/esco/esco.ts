import { Directive, Field, ObjectType } from 'type-graphql';
import { EscoReuseLevel, EscoSkillType, escoReuseLevel, escoSkillType } from '../vocabulary';

/** One language's labels of an ESCO concept. */
export interface EscoLabels {
  preferredLabel: string;
  altLabels: string[];
  description: string | null;
}

/** The labels in `language`, else in English, else in any language the hub has. */
export function labelsIn(labels: Record<string, EscoLabels>, language: string): EscoLabels | null {
  return labels[language] ?? labels.en ?? Object.values(labels)[0] ?? null;
}

@ObjectType({
  description:
    'An ESCO skill or knowledge concept (http://data.europa.eu/esco/skill/…). Labels come in each language the hub has imported; this service uses the ESCO classification of the European Commission.',
})
@Directive('@key(fields: "uri")')
export class EscoSkill {
  @Field({ description: 'The ESCO concept URI.' })
  uri: string;

  skillTypeCode: string | null;
  reuseLevelCode: string | null;
  labels: Record<string, EscoLabels>;

  @Field(() => EscoSkillType, { nullable: true })
  skillType(): EscoSkillType | null {
    return escoSkillType(this.skillTypeCode);
  }

  @Field(() => EscoReuseLevel, { nullable: true })
  reuseLevel(): EscoReuseLevel | null {
    return escoReuseLevel(this.reuseLevelCode);
  }

  @Field(() => [String], { description: 'The languages the hub has labels in for this concept.' })
  languages(): string[] {
    return Object.keys(this.labels).sort();
  }
}

@ObjectType({ description: 'An ESCO occupation (http://data.europa.eu/esco/occupation/…).' })
@Directive('@key(fields: "uri")')
export class EscoOccupation {
  @Field({ description: 'The ESCO concept URI.' })
  uri: string;

  @Field(() => String, { nullable: true, description: 'The ISCO-08 unit group.' })
  iscoGroup: string | null;

  @Field(() => String, { nullable: true, description: "ESCO's code for the occupation (ISCO group and a suffix)." })
  code: string | null;

  labels: Record<string, EscoLabels>;

  @Field(() => [String], { description: 'The languages the hub has labels in for this concept.' })
  languages(): string[] {
    return Object.keys(this.labels).sort();
  }
}
