// Invented first and family names (no real public figures) that the generator casts in place of the seed people.

export const MALE_FIRST = [
  'Aldric', 'Bastian', 'Cormac', 'Dorian', 'Emrys', 'Faris', 'Gideon', 'Hadrian', 'Ivo', 'Jorund',
  'Kaspar', 'Leandro', 'Matthis', 'Nikolai', 'Oskar', 'Pieran', 'Quentin', 'Rasmus', 'Soren', 'Tobin',
  'Ulric', 'Valdis', 'Wendell', 'Xavier', 'Yorick', 'Zoran', 'Anselm', 'Benedek', 'Caspian', 'Dashiell',
  'Evander', 'Florian', 'Gregor', 'Henrik', 'Ignatius', 'Jarek', 'Konrad', 'Lucan', 'Marek', 'Nestor',
];

export const FEMALE_FIRST = [
  'Adela', 'Brisa', 'Calla', 'Delphine', 'Elodie', 'Freya', 'Greta', 'Halina', 'Ilse', 'Jolanta',
  'Kirsten', 'Liesel', 'Maren', 'Noemi', 'Odile', 'Petra', 'Quilla', 'Rosalind', 'Saskia', 'Tamsin',
  'Ulla', 'Vesna', 'Wilhelmina', 'Ximena', 'Yelena', 'Zofia', 'Anouk', 'Beatrix', 'Cosima', 'Dagny',
  'Esme', 'Fenna', 'Gisela', 'Hedda', 'Imke', 'Jorun', 'Katrin', 'Linnea', 'Mirela', 'Nadia',
];

export const FAMILY = [
  'Abernathy', 'Brackwell', 'Castellane', 'Drummond', 'Eskeland', 'Fairbrook', 'Galloway', 'Holmgren', 'Ingersoll', 'Jarnefelt',
  'Kestrel', 'Lindqvist', 'Marchetti', 'Northcott', 'Ostrander', 'Pellegrini', 'Quarrie', 'Rosenqvist', 'Stavros', 'Thornbury',
  'Umberfield', 'Vasquell', 'Whitlock', 'Yarborough', 'Zeller', 'Ashcombe', 'Bellweather', 'Corrigan', 'Dunmore', 'Everhart',
  'Falkner', 'Grisholm', 'Halvorsen', 'Ilvesberg', 'Jessup', 'Kowalczyk', 'Lachance', 'Montfort', 'Nyberg', 'Okonedo',
  'Petrakis', 'Radcliffe', 'Sandoval', 'Tremaine', 'Underhill', 'Vantongeren', 'Wexford', 'Yeardley', 'Zabinski', 'Arkwright',
  'Blackmoor', 'Cavendale', 'Delacroix', 'Ellingsen', 'Fenwick', 'Gravesend', 'Hartigan', 'Iskander', 'Jovanovic', 'Kilbride',
  'Lockhart', 'Merriweather', 'Novakovic', 'Oyelaran', 'Penhaligon', 'Quennell', 'Rothwell', 'Szabados', 'Tolliver', 'Urquhart',
  'Valcourt', 'Winterbourne', 'Yevtushen', 'Zorilla', 'Ambrosetti', 'Brannigan', 'Coldwater', 'Dragomir', 'Esterhazy', 'Fitzwarren',
];

/** Syllables for more family names: a world of thousands of people needs about as many surnames, not 80. */
const FAMILY_STARTS = [
  'Ash', 'Bel', 'Brenn', 'Cald', 'Dar', 'Elm', 'Fen', 'Gar', 'Hal', 'Ing', 'Jas', 'Kel', 'Lind', 'Mor', 'Nor',
  'Orr', 'Pell', 'Quin', 'Rad', 'Sel', 'Tor', 'Ul', 'Vell', 'Wick', 'Yar', 'Zan', 'Ost', 'Mar', 'Hav', 'Stra',
];
const FAMILY_ENDS = [
  'bury', 'croft', 'dale', 'ford', 'gate', 'ham', 'holm', 'ington', 'kov', 'land', 'ley', 'mere', 'nik', 'ovic', 'quist',
  'rick', 'sen', 'stad', 'ton', 'vik', 'wood', 'worth', 'escu', 'enko', 'ides', 'oni', 'ard', 'ell', 'ani', 'aro',
];

/** The hand-picked family names and every syllable combination: 980 in all. */
export const ALL_FAMILY = [...new Set([...FAMILY, ...FAMILY_STARTS.flatMap((a) => FAMILY_ENDS.map((b) => a + b))])];

export const OUTLETS = ['Bloomberg', 'Reuters', 'AP', 'AFP', 'Nikkei', 'Politico', 'Axios', 'Dow Jones'];
