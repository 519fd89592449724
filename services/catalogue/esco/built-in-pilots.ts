import type { BuiltInConcept } from './built-in';

/**
 * More built-in ESCO skills, for the pilots' catalogue entries in the demo data (demo/data.ts) that the
 * first built-in set does not cover: fibre splicing, property maintenance, textile sorting and valuation,
 * basic numeracy and digital skills. Taken unchanged from the official ESCO v1.1.1 CSV release (English).
 * This service uses the ESCO classification of the European Commission.
 */
export const BUILT_IN_PILOT_SKILLS: ReadonlyArray<BuiltInConcept & { skillType: string; reuseLevel: string }> = [
  {
    "uri": "http://data.europa.eu/esco/skill/4a30802f-827c-4706-9099-de85beee6cb5",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "splice cable",
    "altLabels": [
      "splice cable",
      "splice line",
      "splice wire"
    ],
    "description": "Join and weave electric and communications cable and trunk lines together."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/6768f208-f11e-4a07-8644-c59d5e035b76",
    "skillType": "skill/competence",
    "reuseLevel": "occupation-specific",
    "preferredLabel": "perform minor repairs to buildings' systems",
    "altLabels": [
      "performing minor repairs to buildings' systems",
      "perform minor repairs to buildings' system",
      "repair buildings' systems",
      "perform minor repair to buildings' systems",
      "fix buildings' systems",
      "perform minor repairs to building's systems",
      "perform minor repairs to buildings' systems",
      "make adjustments to buildings' systems"
    ],
    "description": "Make minor repairs and adjustment to the heating, cooling or plumbing system or other electrical systems."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/8f15d53f-d793-42b8-a080-ad77cebcd6e6",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "sort textile items",
    "altLabels": [
      "sorting textile items",
      "divide textile items",
      "sort textile item",
      "sort textile items",
      "sort textiles",
      "organise textile items by type"
    ],
    "description": "Sort garments and other textiles to be pressed and ironed or for customer pick-up."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/329609d7-2254-44c6-87f7-0e837ee89b61",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "check the potential of second-hand merchandise",
    "altLabels": [
      "checking out the potential of second-hand merchandise",
      "check the potential of second-hand merchandise",
      "checking the potential of second-hand merchandise",
      "determine the potential of second-hand merchandise",
      "assess the potential of second-hand merchandise",
      "audit the potential of second-hand merchandise",
      "test the potential of second-hand merchandise"
    ],
    "description": "Choose from the incoming merchandise the appropriate goods worth selling."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/018164df-2814-4926-bdf7-398d86b9dfe6",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "evaluate garment quality",
    "altLabels": [
      "evaluate quality of garments",
      "evaluate wearing apparel quality",
      "estimate clothing quality",
      "inspect clothing quality",
      "estimate garment quality",
      "estimate wearing apparel quality",
      "evaluate garment quality",
      "inspect garment quality",
      "evaluate quality of clothing",
      "evaluate quality of wearing apparel",
      "evaluate clothing quality"
    ],
    "description": "Evaluating stitching, construction, attachments, fasteners, embellishments, shading within the garment; evaluating pattern continuity-, matching; evaluating tapes and linings."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/5dd01a1e-7ba0-4b7f-a76c-ed811c12bfde",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "apply numeracy skills",
    "altLabels": [
      "implement numeracy skills",
      "administer numeracy skills",
      "apply a numeracy skill",
      "utilise numeracy skills",
      "numeracy skills application",
      "apply numeracy skills",
      "employ numeracy skills",
      "applying numeracy skills"
    ],
    "description": "Practise reasoning and apply simple or complex numerical concepts and calculations."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/e439742d-558d-4f52-885e-afdc740b48cf",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "browse, search and filter data, information and digital content",
    "altLabels": [
      "browse, search and filter data, information and digital content"
    ],
    "description": "Articulate information needs, search for data, information and content in digital environments, access them and navigate between them. Create and update personal search strategies."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/156f8c5b-894a-4ccc-a70e-37a2726f3f00",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "work ergonomically",
    "altLabels": [
      "work in an ergonomic way",
      "plan an ergonomic work station",
      "work ergonomically",
      "work to set up an ergonomic work station"
    ],
    "description": "Apply ergonomy principles in the organisation of the workplace while manually handling equipment and materials."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/082967d4-b94c-4305-aa13-35a6aa8c5c7c",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "cooperate with colleagues",
    "altLabels": [
      "work together with colleagues",
      "work in cooperation with colleagues",
      "collaborate with colleagues",
      "work in collaboration with co-workers",
      "cooperate with colleagues",
      "work in collaboration with colleague",
      "work collaboratively",
      "work in cooperation with co-workers",
      "collaborate with co-workers",
      "work together with co-workers",
      "cooperate with co-workers",
      "work cooperatively"
    ],
    "description": "Cooperate with colleagues in order to ensure that operations run effectively."
  }
];
