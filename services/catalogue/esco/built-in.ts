/**
 * The built-in ESCO set: the few skills and occupations that the demo data and pilots use, so that the hub
 * works before anyone imports the full release. Taken unchanged from the official ESCO v1.1.1 CSV release
 * (English). This service uses the ESCO classification of the European Commission.
 */
export interface BuiltInConcept {
  uri: string;
  preferredLabel: string;
  altLabels: string[];
  description: string;
}

export const BUILT_IN_ESCO_VERSION = 'v1.1.1';

export const BUILT_IN_SKILLS: ReadonlyArray<BuiltInConcept & { skillType: string; reuseLevel: string }> = [
  {
    "uri": "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea",
    "skillType": "knowledge",
    "reuseLevel": "cross-sector",
    "preferredLabel": "welding techniques",
    "altLabels": [
      "soldering and bonding capabilities",
      "welding capabilities",
      "welding performance",
      "welding skills",
      "soldering and bonding skills",
      "welding approaches",
      "soldering and bonding approaches",
      "welding techniques",
      "soldering and bonding performance"
    ],
    "description": "The different methods of welding together pieces of metal using various equipment, such as oxygen-acetylene welding, gas metal arc welding and tungsten inert gas welding."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/2fcd95a4-1f9a-41cf-95a9-4701bde476b4",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "operate welding equipment",
    "altLabels": [
      "operate welding equipment",
      "making welds",
      "operation of welding equipment",
      "weld",
      "operating of welding equipment",
      "welding",
      "operate soldering and welding equipment",
      "make welds",
      "operating soldering and welding equipment",
      "welding equipment operation",
      "operating welding equipment"
    ],
    "description": "Use welding equipment to melt and join together pieces of metal or steel, wearing protective eyewear during the working process."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/27d26fd6-5795-4f0a-884e-112df7c68314",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "apply arc welding techniques",
    "altLabels": [
      "add arc welding techniques",
      "add brazing and forging skills",
      "paint brazing and forging skills",
      "administer brazing and forging skills",
      "paint arc welding techniques",
      "utilise phosphate coating on a metal workpiece",
      "administer arc welding techniques",
      "apply arc welding techniques"
    ],
    "description": "Apply and work with a variety of techniques in the process of arc welding, such as shielded metal arc welding, gas metal arc welding, submerged arc welding, flux-cored arc welding, and others."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/6122d586-5978-431f-8e7a-96e61fc1f3fc",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "wear appropriate protective gear",
    "altLabels": [
      "wear appropriate protective gear",
      "clothe in appropriate protective gear",
      "put on appropriate protective gear",
      "turn out in appropriate protective gear",
      "turn out in necessary safety clothing",
      "don necessary safety clothing",
      "clothe in necessary safety clothing",
      "don appropriate protective gear",
      "put on necessary safety clothing"
    ],
    "description": "Wear relevant and necessary protective gear, such as protective goggles or other eye protection, hard hats, safety gloves."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/d2d9051a-10e1-41c5-9cfb-bbdc58016176",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "follow safety precautions in work practices",
    "altLabels": [
      "follow safety guidelines",
      "implement safety procedures",
      "implement safety policies",
      "use safe working methods",
      "adhere to safety precautions in work practices",
      "follow work practice safety precautions",
      "identify safety risks in workplace",
      "use correct equipment and tools",
      "comply with safety precautions in work practices",
      "following safety precautions in work practices",
      "follow safety precautions in work practice",
      "store equipment and materials safely",
      "conform to safety precautions in work practices",
      "follow safety precautions in work practices",
      "comply with health and safety regulations"
    ],
    "description": "Apply principles, policies and institutional regulations aimed at guaranteeing a safe work place for all employees."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/a3ef84f9-c436-437a-bc6f-4956ae13e1eb",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "sew pieces of fabric",
    "altLabels": [
      "sewing pieces of fabric",
      "stitch pieces of fabric",
      "sew pieces of fabrics",
      "tailor pieces of fabric",
      "fasten pieces of fabric",
      "sew a piece of fabric",
      "sew pieces of fabric",
      "embroider pieces of fabric"
    ],
    "description": "Operate basic or specialised sewing machines whether domestic or industrial ones, sewing pieces of fabric, vinyl or leather in order to manufacture or repair wearing apparels, making sure the threads are selected according to specifications."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/0d207bf2-b0dd-4a36-933f-d2cd3da2933d",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "sew textile-based articles",
    "altLabels": [
      "sew textile-based goods",
      "sew made-up textile goods",
      "sew made-up textile articles",
      "seam textile-based products together",
      "sew made-up textile products",
      "sew textile-based articles",
      "seam textile-based goods together",
      "sew textile-based products",
      "seam textile-based articles together"
    ],
    "description": "Sew different products based on textiles and wearing apparel articles. Combine good hand-eye coordination, manual dexterity, and physical and mental stamina."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/7e2f6f05-d6ef-45f3-a33c-5d6d0b07e1cf",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "alter wearing apparel",
    "altLabels": [
      "alter wearing apparel",
      "alter garments",
      "fit clothing",
      "adjust wearing apparel",
      "fit wearing apparel",
      "adjust clothing",
      "repair garments",
      "repair clothing",
      "fit garments",
      "repair wearing apparel",
      "adjust garments",
      "wearing apparel alteration",
      "alter clothing"
    ],
    "description": "Alter wearing apparel repairing or adjusting it to the clients/manufacturing specifications. Perform altering by hand or using equipment."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/db1484fb-3b59-439d-ae82-0905af2790aa",
    "skillType": "knowledge",
    "reuseLevel": "cross-sector",
    "preferredLabel": "properties of fabrics",
    "altLabels": [
      "properties of textile fibres",
      "properties of yarns",
      "structure and properties of fabrics",
      "properties of fabrics",
      "physical and chemical properties of fabrics",
      "structure and properties of fibres",
      "structure and properties of yarns"
    ],
    "description": "The influence of chemical composition and molecular arrangement of yarn and fibre properties and fabric structure on the physical properties of textile fabrics; the different fibre types, their physical and chemical characteristics and different material characteristics; the materials used in different processes and the effect on materials as they are processed."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/24f980ba-b44f-4739-b563-205104c3190d",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "provide basic support to patients",
    "altLabels": [
      "deliver basic support to patients",
      "provide basic support for a patient",
      "offer basic support to patients",
      "give basic support to patients",
      "provide basic support for patients",
      "provide basic support to patients"
    ],
    "description": "Support patients and citizens with activities of daily living, such as hygiene, comfort, mobilisation and feeding needs."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/261e740b-d32d-4356-94a8-3ea29128b70b",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "tend to elderly people",
    "altLabels": [
      "look after elderly people",
      "tending to elderly people",
      "tend to elderly people",
      "tend to the elderly",
      "provide care for elderly people"
    ],
    "description": "Help elderly people in their physical, mental, and social needs."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2",
    "skillType": "knowledge",
    "reuseLevel": "cross-sector",
    "preferredLabel": "hygiene in a health care setting",
    "altLabels": [
      "hygiene in a health care setting",
      "hygiene procedures in hospitals or clinics",
      "hygienic environment in healthcare",
      "hygiene in healthcare setting",
      "hospital hygiene"
    ],
    "description": "The procedures related to maintaining a hygienic environment within a health care setting such as hospitals and clinics. It can range from hand washing to cleaning and disinfection of medical equipment used and infection control methods."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/65a1c226-5d93-4fec-8a15-cb1b2ec4379f",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "work under supervision in care",
    "altLabels": [
      "work supervised in care",
      "work under supervision in care",
      "working under supervision",
      "work under supervision of nurses",
      "work under delegation in care",
      "work under the supervision of someone"
    ],
    "description": "Work under delegation and supervision of nurses to support nursing care and administration."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/7ee51257-8947-4b69-9bdf-322baf0a6398",
    "skillType": "knowledge",
    "reuseLevel": "transversal",
    "preferredLabel": "Swedish",
    "altLabels": ["competent in Swedish", "Swedish", "ability to comprehend spoken and written Swedish and to speak and write in Swedish"],
    "description": "The Swedish language. Swedish is an official and working language of the EU."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/69eb9999-814b-4293-8d6c-633e49f64de4",
    "skillType": "skill/competence",
    "reuseLevel": "transversal",
    "preferredLabel": "write Swedish",
    "altLabels": [
      "show competency in written Swedish",
      "writing Swedish",
      "write Swedish",
      "correspond in written Swedish"
    ],
    "description": "Compose written texts in Swedish."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/9bccf172-587b-489b-84b7-5e1c8cc91520",
    "skillType": "skill/competence",
    "reuseLevel": "transversal",
    "preferredLabel": "understand written Swedish",
    "altLabels": [
      "comprehend written Swedish",
      "understand Swedish writing",
      "make sense of written Swedish",
      "interpret written Swedish",
      "understanding written Swedish",
      "read Swedish",
      "understand written Swedish"
    ],
    "description": "Read and comprehend written texts in Swedish."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/bdf14dfe-437d-4fb6-95f4-72da1a593384",
    "skillType": "skill/competence",
    "reuseLevel": "transversal",
    "preferredLabel": "interact verbally in Swedish",
    "altLabels": [
      "speak Swedish",
      "be fluent in Swedish",
      "communicate verbally in Swedish",
      "interacting verbally in Swedish",
      "verbally interact in Swedish",
      "interact verbally in Swedish"
    ],
    "description": "Communicate orally in Swedish."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/cd6484a2-bfa2-4371-8e2f-1ffa2a22dac4",
    "skillType": "skill/competence",
    "reuseLevel": "transversal",
    "preferredLabel": "understand spoken Swedish",
    "altLabels": [
      "interpret spoken Swedish",
      "comprehend spoken Swedish",
      "understanding spoken Swedish",
      "understand Swedish speech",
      "understand spoken Swedish",
      "make sense of spoken Swedish",
      "listen to Swedish"
    ],
    "description": "Comprehend orally expressed Swedish."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/50e6eba0-4440-4ba5-bb58-3ee78a96e29b",
    "skillType": "knowledge",
    "reuseLevel": "cross-sector",
    "preferredLabel": "hydroelectricity",
    "altLabels": [
      "hydropower electricity",
      "hydro-power electricity",
      "hydro-electricity",
      "hydroelectrical power",
      "hydroelectric power",
      "water power electricity",
      "hydroelectricity"
    ],
    "description": "The generation of electrical power through the usage of hydropower, which uses gravitational force of moving water, and the benefits and negative aspects of using hydropower as a renewable source of energy."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/f7a4fb1d-d951-4c4c-8643-3212c0958f71",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "monitor electric generators",
    "altLabels": [
      "electric generator checking",
      "electric generator monitoring",
      "monitor electric generators",
      "monitoring electric generators",
      "electric generators monitoring",
      "checking electric generators",
      "check electric generators",
      "electric generators checking"
    ],
    "description": "Monitor the operation of electric generators in power stations in order to ensure functionality and safety, and to identify need for repairs and maintenance."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/6360d655-3494-45f6-bfc6-d5f63afc355b",
    "skillType": "knowledge",
    "reuseLevel": "cross-sector",
    "preferredLabel": "electrical power safety regulations",
    "altLabels": [
      "safety regulations concerning electrical power",
      "safety measures concerning electrical power",
      "electrical safety regulations",
      "safety regulations about electrical power",
      "safety measures regarding electrical power",
      "electrical safety measures",
      "safety regulations regarding electrical power",
      "electrical power safety regulations",
      "safety measures about electrical power"
    ],
    "description": "The compliance with safety measures which need to be taken during the installation, operation, and maintenance of constructions and equipment which function in the generation, transmission, and distribution of electrical power, such as the appropriate safety gear, equipment handling procedures, and preventive actions."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/dcc96a49-0bac-4a9c-8f8e-a32b4e47e6eb",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "apply health and safety standards",
    "altLabels": [
      "employ health and safety standards",
      "utilise health and safety standards",
      "implement health and safety standards",
      "applying health and safety standards",
      "administer health and safety standards",
      "apply health and safety standards",
      "apply a health and safety standard",
      "health and safety standard applications"
    ],
    "description": "Adhere to standards of hygiene and safety established by respective authorities."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/2a45f2d1-8f1a-4c62-9332-cfd3535d9d35",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "maintain water treatment equipment",
    "altLabels": [
      "repair equipment for water treatment",
      "water treatment equipment repairing",
      "maintain water treatment equipment",
      "repairing equipment for water treatment",
      "maintain equipment for water treatment",
      "repairing water treatment equipment",
      "water treatment equipment maintaining",
      "maintaining equipment for water treatment",
      "maintaining water treatment equipment"
    ],
    "description": "Perform repairs and routine maintenance tasks on equipment used in the purification and treatment processes of water and waste water."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/fd84cf80-b9c9-4329-88b6-d3a4d5b8adb4",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "repair pipelines",
    "altLabels": [
      "pipeline maintaining",
      "repair pipelines",
      "maintaining pipelines",
      "pipelines maintaining",
      "repairing pipelines",
      "pipeline repairing",
      "pipelines repairing"
    ],
    "description": "Conduct maintenance and repair work on pipelines to prevent or remedy damages using, if necessary, remote-controlled robots."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/10ac5282-3288-4383-8f69-9864d8564ea9",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "inspect pipelines",
    "altLabels": [
      "inspecting of pipelines",
      "inspect pipelines",
      "inspecting pipelines",
      "inspection of pipelines",
      "checking pipelines",
      "check pipelines",
      "pipeline inspection",
      "checking of pipelines",
      "checking flow lines",
      "check flow lines"
    ],
    "description": "Walk flow lines to identify damage or leaks; use electronic detection equipment and conduct visual inspections."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/fdfa3dcb-b8f0-454f-a659-64c66dc6b6a2",
    "skillType": "knowledge",
    "reuseLevel": "cross-sector",
    "preferredLabel": "fibre optics",
    "altLabels": [
      "optical fibers",
      "types of optical fiber",
      "types of optical fibre",
      "fiber optics",
      "plastic filament",
      "fiber  optics",
      "typology of optical fibre",
      "plastic threads",
      "typology of optical fiber",
      "glass filament",
      "glass threads",
      "optical fibres"
    ],
    "description": "The technology which utilises optical fibre, such as plastic or glass threads, to transmit data. Optical fibres are able to transmit light between the two ends of the fibre and may transfer images and messages modulated onto light waves. Fibre optic cables have increased in popularity because of their possibility to transfer data over long distances at higher bandwidths and with lesser amounts of interference than metal cables."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/2b69525c-731c-4813-99a7-673fa5679d32",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "provide customer guidance on product selection",
    "altLabels": [
      "arrange customer guidance on product selection",
      "provide a customer guidance on product selection",
      "provide customer guidance on product selection",
      "providing customer guidance on product selection",
      "provide customers with guidance on product selection",
      "contribute customer guidance on product selection",
      "administer customer guidance on product selection",
      "furnish customer guidance on product selection"
    ],
    "description": "Provide suitable advice and assistance so that customers find the exact goods and services they were looking for. Discuss product selection and availability."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/25fce4fb-35b6-49b6-a4fa-c7aa168fd770",
    "skillType": "skill/competence",
    "reuseLevel": "sector-specific",
    "preferredLabel": "examine merchandise",
    "altLabels": [
      "audit merchandise",
      "examine merchandise",
      "merchandise examination",
      "examination of merchandise",
      "check merchandise",
      "assess merchandise",
      "inspect merchandise",
      "examining merchandise"
    ],
    "description": "Control items put up for sale are correctly priced and displayed and that they function as advertised."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc",
    "skillType": "knowledge",
    "reuseLevel": "sector-specific",
    "preferredLabel": "customer service",
    "altLabels": [
      "customer service",
      "customer services",
      "customer care",
      "customer support",
      "customer servicing",
      "customer well being",
      "customer satisfaction"
    ],
    "description": "Processes and principles related to the customer, client, service user and to personal services; these may include procedures to evaluate customer's or service user's satisfaction."
  },
  {
    "uri": "http://data.europa.eu/esco/skill/1fe682ad-b8a2-44bb-a557-7eccf79b2014",
    "skillType": "skill/competence",
    "reuseLevel": "cross-sector",
    "preferredLabel": "operate recycling processing equipment",
    "altLabels": [
      "undertake recycling processing equipment",
      "manage recycling processing equipment",
      "perform recycling processing equipment",
      "operate recycling processing equipment",
      "operating recycling processing equipment",
      "recycling processing equipment operation",
      "operate recycling process equipment",
      "run recycling processing equipment"
    ],
    "description": "Operate recycling processing equipment such as granulators, crushers and balers; process and sort materials to be recycled."
  }
];

export const BUILT_IN_OCCUPATIONS: ReadonlyArray<BuiltInConcept & { iscoGroup: string; code: string }> = [
  {
    "uri": "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b",
    "iscoGroup": "7212",
    "code": "7212.3",
    "preferredLabel": "welder",
    "altLabels": [
      "maintenance welder",
      "aerospace welder",
      "boiler welder",
      "construction welder",
      "repair welder",
      "oxyacetylene welder",
      "oxy welder",
      "welder",
      "marine welder",
      "naval welder",
      "gas welder",
      "fitter",
      "repair and maintenance technician",
      "aircraft welder",
      "repair fitter",
      "oxy-fuel welder",
      "motor vehicle welder",
      "repair technician",
      "underwater welder",
      "welding practitioner",
      "maintenance technician",
      "naval metalworker",
      "steel welder",
      "production welder",
      "arc welder"
    ],
    "description": "Welders operate welding equipment in order to join metal workpieces together. They can use fusion welding processes based on different techniques and materials. They also perform simple visual inspection of welds."
  },
  {
    "uri": "http://data.europa.eu/esco/occupation/db55bf08-3ad3-4bf6-bf59-7f9f426a6de5",
    "iscoGroup": "8153",
    "code": "8153.1.1",
    "preferredLabel": "clothing alteration machinist",
    "altLabels": [
      "clothing alteration machine operator",
      "clothing alteration operator",
      "alterations seamstress",
      "alterations hand",
      "clothing alteration machinist",
      "clothing alteration hand",
      "alterations tailor",
      "alterations sewer"
    ],
    "description": "Clothing alteration machinists ensure the alteration of finished garments in line with business demands. They are responsible for the quality of any alterations or customisations and brand generic stock in line with customer branding guidelines."
  },
  {
    "uri": "http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082",
    "iscoGroup": "5321",
    "code": "5321.1",
    "preferredLabel": "healthcare assistant",
    "altLabels": [
      "resident care assistant",
      "assistant healthcarer",
      "resident healthcare assistant",
      "elderly care assistant",
      "primary healthcare assistant",
      "maternity care assistant",
      "healthcare assistant",
      "health care assistant",
      "patient care assistant"
    ],
    "description": "Healthcare assistants work in teams of nurses within the occupational fields of nursing, social care, clinical care and care of people of all age-groups. Healthcare assistants assist in the promotion and restoration of patients' health by providing physical and psychological support to patients, friends and families."
  },
  {
    "uri": "http://data.europa.eu/esco/occupation/12938d1a-eeb2-4b1e-a22b-f0bebeadfb73",
    "iscoGroup": "3131",
    "code": "3131.3.5",
    "preferredLabel": "hydroelectric plant operator",
    "altLabels": [
      "hydroelectric plant operator",
      "hydro-power plant operative",
      "hydroelectric plant operative",
      "hydro plant operative",
      "hydro plant worker",
      "hydroelectric power plant technician",
      "hydropower plant technician",
      "hydro-power plant technician",
      "hydro-power plant worker",
      "hydroelectric plant worker",
      "hydropower plant operator",
      "hydropower plant operative",
      "hydro-power plant operator",
      "hydropower plant worker"
    ],
    "description": "Hydroelectric plant operators operate and maintain the equipment used in the production of energy from the movement of water. They monitor the measuring equipment, assess the production needs, and adapt the water flow to meet these needs. They also perform repairs and maintenance duties."
  },
  {
    "uri": "http://data.europa.eu/esco/occupation/094b9f9b-7e89-4f34-adbb-fbaf7246f7a4",
    "iscoGroup": "7126",
    "code": "7126.14",
    "preferredLabel": "water network operative",
    "altLabels": [
      "water network operator",
      "water supply network operative",
      "water supply network operator",
      "pumping station operator",
      "water network worker",
      "pumping station worker",
      "water network operative",
      "water leakage technician",
      "leakage operative",
      "water network repair technician",
      "water network maintenance technician",
      "pumping station operative",
      "water supply network worker",
      "water network technician",
      "water and sewerage operative"
    ],
    "description": "Water network operatives maintain pipes and pumping stations used for water supply, waste water removal and sewerage. They perform planned maintenance and repair tasks and clear blockages in pipes and drains."
  },
  {
    "uri": "http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2",
    "iscoGroup": "5223",
    "code": "5223.6",
    "preferredLabel": "shop assistant",
    "altLabels": [
      "supermarket shop worker",
      "outlet centre shop assistant",
      "senior shop worker",
      "trainee shop worker",
      "garden centre shop worker",
      "museum shop assistant",
      "outlet centre shop worker",
      "supermarket shop assistant",
      "hypermarket shop worker",
      "department store shop worker",
      "filling station shop worker",
      "garden centre shop assistant",
      "senior shop assistant",
      "filling station shop assistant",
      "shop assistant",
      "department store shop assistant",
      "trainee shop assistant",
      "hypermarket shop assistant"
    ],
    "description": "Shop assistants work in shops where they perform assistance duties. The help shopkeepers in their daily work such as ordering and refilling of goods and stock, providing general advice to customers, selling products and maintaining the shop."
  }
];

/** [occupation, skill, essential | optional], among the concepts above. */
export const BUILT_IN_OCCUPATION_SKILLS: ReadonlyArray<readonly [string, string, string]> = [
  ["http://data.europa.eu/esco/occupation/094b9f9b-7e89-4f34-adbb-fbaf7246f7a4", "http://data.europa.eu/esco/skill/10ac5282-3288-4383-8f69-9864d8564ea9", "essential"],
  ["http://data.europa.eu/esco/occupation/094b9f9b-7e89-4f34-adbb-fbaf7246f7a4", "http://data.europa.eu/esco/skill/2a45f2d1-8f1a-4c62-9332-cfd3535d9d35", "essential"],
  ["http://data.europa.eu/esco/occupation/094b9f9b-7e89-4f34-adbb-fbaf7246f7a4", "http://data.europa.eu/esco/skill/dcc96a49-0bac-4a9c-8f8e-a32b4e47e6eb", "essential"],
  ["http://data.europa.eu/esco/occupation/094b9f9b-7e89-4f34-adbb-fbaf7246f7a4", "http://data.europa.eu/esco/skill/fd84cf80-b9c9-4329-88b6-d3a4d5b8adb4", "essential"],
  ["http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2", "http://data.europa.eu/esco/skill/25fce4fb-35b6-49b6-a4fa-c7aa168fd770", "essential"],
  ["http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2", "http://data.europa.eu/esco/skill/2b69525c-731c-4813-99a7-673fa5679d32", "essential"],
  ["http://data.europa.eu/esco/occupation/12938d1a-eeb2-4b1e-a22b-f0bebeadfb73", "http://data.europa.eu/esco/skill/50e6eba0-4440-4ba5-bb58-3ee78a96e29b", "essential"],
  ["http://data.europa.eu/esco/occupation/12938d1a-eeb2-4b1e-a22b-f0bebeadfb73", "http://data.europa.eu/esco/skill/6360d655-3494-45f6-bfc6-d5f63afc355b", "essential"],
  ["http://data.europa.eu/esco/occupation/12938d1a-eeb2-4b1e-a22b-f0bebeadfb73", "http://data.europa.eu/esco/skill/6122d586-5978-431f-8e7a-96e61fc1f3fc", "essential"],
  ["http://data.europa.eu/esco/occupation/12938d1a-eeb2-4b1e-a22b-f0bebeadfb73", "http://data.europa.eu/esco/skill/dcc96a49-0bac-4a9c-8f8e-a32b4e47e6eb", "essential"],
  ["http://data.europa.eu/esco/occupation/12938d1a-eeb2-4b1e-a22b-f0bebeadfb73", "http://data.europa.eu/esco/skill/f7a4fb1d-d951-4c4c-8643-3212c0958f71", "essential"],
  ["http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b", "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea", "essential"],
  ["http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b", "http://data.europa.eu/esco/skill/27d26fd6-5795-4f0a-884e-112df7c68314", "essential"],
  ["http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b", "http://data.europa.eu/esco/skill/2fcd95a4-1f9a-41cf-95a9-4701bde476b4", "essential"],
  ["http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b", "http://data.europa.eu/esco/skill/6122d586-5978-431f-8e7a-96e61fc1f3fc", "essential"],
  ["http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b", "http://data.europa.eu/esco/skill/d2d9051a-10e1-41c5-9cfb-bbdc58016176", "essential"],
  ["http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082", "http://data.europa.eu/esco/skill/24f980ba-b44f-4739-b563-205104c3190d", "essential"],
  ["http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082", "http://data.europa.eu/esco/skill/65a1c226-5d93-4fec-8a15-cb1b2ec4379f", "essential"],
  ["http://data.europa.eu/esco/occupation/db55bf08-3ad3-4bf6-bf59-7f9f426a6de5", "http://data.europa.eu/esco/skill/db1484fb-3b59-439d-ae82-0905af2790aa", "essential"],
  ["http://data.europa.eu/esco/occupation/db55bf08-3ad3-4bf6-bf59-7f9f426a6de5", "http://data.europa.eu/esco/skill/0d207bf2-b0dd-4a36-933f-d2cd3da2933d", "essential"],
  ["http://data.europa.eu/esco/occupation/db55bf08-3ad3-4bf6-bf59-7f9f426a6de5", "http://data.europa.eu/esco/skill/7e2f6f05-d6ef-45f3-a33c-5d6d0b07e1cf", "essential"],
  ["http://data.europa.eu/esco/occupation/db55bf08-3ad3-4bf6-bf59-7f9f426a6de5", "http://data.europa.eu/esco/skill/a3ef84f9-c436-437a-bc6f-4956ae13e1eb", "essential"]
];

/** [skill, broader skill], among the skills above. */
export const BUILT_IN_BROADER_SKILLS: ReadonlyArray<readonly [string, string]> = [
  ["http://data.europa.eu/esco/skill/0d207bf2-b0dd-4a36-933f-d2cd3da2933d", "http://data.europa.eu/esco/skill/a3ef84f9-c436-437a-bc6f-4956ae13e1eb"],
  ["http://data.europa.eu/esco/skill/6122d586-5978-431f-8e7a-96e61fc1f3fc", "http://data.europa.eu/esco/skill/d2d9051a-10e1-41c5-9cfb-bbdc58016176"],
  ["http://data.europa.eu/esco/skill/69eb9999-814b-4293-8d6c-633e49f64de4", "http://data.europa.eu/esco/skill/7ee51257-8947-4b69-9bdf-322baf0a6398"],
  ["http://data.europa.eu/esco/skill/7e2f6f05-d6ef-45f3-a33c-5d6d0b07e1cf", "http://data.europa.eu/esco/skill/a3ef84f9-c436-437a-bc6f-4956ae13e1eb"],
  ["http://data.europa.eu/esco/skill/9bccf172-587b-489b-84b7-5e1c8cc91520", "http://data.europa.eu/esco/skill/7ee51257-8947-4b69-9bdf-322baf0a6398"],
  ["http://data.europa.eu/esco/skill/bdf14dfe-437d-4fb6-95f4-72da1a593384", "http://data.europa.eu/esco/skill/7ee51257-8947-4b69-9bdf-322baf0a6398"],
  ["http://data.europa.eu/esco/skill/cd6484a2-bfa2-4371-8e2f-1ffa2a22dac4", "http://data.europa.eu/esco/skill/7ee51257-8947-4b69-9bdf-322baf0a6398"]
];
