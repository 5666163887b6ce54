// Invented combinations of common first names and made-up or uncommon family names: nobody real is meant.
export const GIVEN_NAMES = [
  'Amara', 'Alfie', 'Bea', 'Callum', 'Daisy', 'Dev', 'Ellis', 'Esme', 'Farah', 'Finn', 'Grace', 'Harvey',
  'Isla', 'Ibrahim', 'Jade', 'Jonah', 'Kai', 'Keira', 'Leo', 'Lola', 'Maya', 'Milo', 'Nia', 'Noah', 'Olivia',
  'Oscar', 'Priya', 'Reuben', 'Ruby', 'Sami', 'Sienna', 'Theo', 'Tia', 'Ruairi', 'Zara', 'Zain', 'Amelie',
  'Ben', 'Chloe', 'Dylan', 'Evie', 'Frankie', 'Hana', 'Idris', 'Joel', 'Kacper', 'Lena', 'Mason', 'Nell',
  'Oren', 'Poppy', 'Rhys', 'Skye', 'Tobi', 'Una', 'Vinnie', 'Willow', 'Yusuf', 'Aisha', 'Caleb', 'Elif',
  'Gabriel', 'Hollie', 'Jasper', 'Layla', 'Mia', 'Niamh', 'Kofi', 'Rosa', 'Tyler',
] as const;

export const ADULT_GIVEN_NAMES = [
  'Alison', 'Andrew', 'Angela', 'Bernadette', 'Carl', 'Claire', 'Darren', 'Deborah', 'Emma', 'Gareth',
  'Hannah', 'Helen', 'Ian', 'Jasmine', 'Joanne', 'Kevin', 'Karen', 'Lee', 'Lisa', 'Marcus', 'Michelle',
  'Nadia', 'Neil', 'Paula', 'Rachel', 'Richard', 'Samina', 'Sarah', 'Shaun', 'Stacey', 'Tariq', 'Tracey',
  'Vanessa', 'Wayne', 'Yvonne', 'Adebayo', 'Bronwen', 'Colm', 'Dariusz', 'Fiona', 'Gillian', 'Hamid',
  'Imogen', 'Kwame', 'Leanne', 'Mohammed', 'Natalie', 'Owen', 'Rebecca', 'Sunita',
] as const;

export const FAMILY_NAMES = [
  'Ashcombe', 'Barrowfield', 'Brackenbury', 'Calderwood', 'Cressley', 'Dunmore', 'Elmstead', 'Fairbrook',
  'Farrowdale', 'Gilmartin', 'Greystock', 'Hallowell', 'Harrowgate', 'Holloway', 'Inchbald', 'Kestleigh',
  'Larchmont', 'Lowther', 'Marchbank', 'Merriweather', 'Netherby', 'Oakhurst', 'Pennington', 'Quarrie',
  'Ravensworth', 'Redfearn', 'Rushmere', 'Saltonstall', 'Sedgewick', 'Thornbury', 'Tillotson', 'Underhill',
  'Wainscott', 'Wetherall', 'Whitcombe', 'Winterbourne', 'Yardley', 'Ambrose-Kay', 'Brannigan', 'Coyle',
  'Delacey', 'Okonkwo-Hale', 'Farouk', 'Gorecki', 'Hussain-Lowe', 'Kowalczyk', 'Mbeki-Ross', 'Nakamura-Brett',
  'Osei', 'Patel-Hart', 'Rahman', 'Sandoval', 'Tremayne', 'Varga', 'Zielinski',
] as const;

export const STREETS = [
  'Larkspur Close', 'Orchard Rise', 'Millbrook Road', 'Heron Way', 'Kestrel Drive', 'Foxglove Lane',
  'Beacon Street', 'Linden Avenue', 'Quarry Hill', 'Sorrel Gardens', 'Tanners Row', 'Willowmead',
  'Chapel Walk', 'Bramble Court', 'Station Approach', 'Meadowbank', 'Rowan Crescent', 'Fernleigh Road',
] as const;

export const TOWNS = ['Ashbury', 'Ashbury Vale', 'Northmere', 'Fenwick Green', 'Little Hollin'] as const;

/** Fictional children's homes (placement type K2). */
export const CHILDRENS_HOMES = [
  { line1: 'Willow House', line2: '3 Orchard Rise', town: 'Ashbury', postcode: 'ZZ3 2QT' },
  { line1: 'The Beeches', line2: '41 Heron Way', town: 'Northmere', postcode: 'ZZ7 9LD' },
  { line1: 'Cedar Lodge', line2: '8 Quarry Hill', town: 'Fenwick Green', postcode: 'ZZ5 1HS' },
] as const;
