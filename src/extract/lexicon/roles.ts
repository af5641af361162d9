// Words that make up job titles ("White House Press Secretary", "Foreign policy advisor", "Putin aide").
// A title must hold at least one head word; modifiers only extend it.

/** Head nouns of titles: a role phrase needs one of these (compared in lower case). */
export const TITLE_HEADS = new Set(
  `president vice-president premier chancellor minister secretary spokesman spokeswoman spokesperson advisor adviser aide
  chief director ambassador envoy general commander governor mayor senator congressman congresswoman representative
  leader head chairman chairwoman chair ceo cfo coo founder executive officer king queen prince princess emperor pope
  prosecutor attorney judge justice lawmaker legislator deputy diplomat negotiator analyst economist professor researcher
  correspondent editor reporter columnist strategist consultant manager counsel speaker mp mep sheriff colonel lieutenant
  captain sergeant major admiral marshal commissioner inspector president-elect premier-elect co-founder chancellor-elect
  coordinator administrator superintendent rapporteur monarch sultan emir ayatollah cardinal bishop rabbi imam
  official spokesperson member trustee partner councillor councilor alderman alderwoman selectman magistrate chef-de-cabinet premier secretary-general
  director-general president-elect vice-chancellor candidate nominee challenger incumbent activist campaigner lawyer
  scientist expert pollster historian commentator organiser organizer owner co-owner co-chair co-chairman co-chairwoman
  co-leader host coach striker goalkeeper midfielder defender winger treasurer comptroller auditor ombudsman registrar mate
  teammate team-mate chairperson dean rector fellow
  farmer teacher doctor nurse surgeon physician engineer pilot soldier firefighter journalist photographer author novelist
  artist actor actress singer musician player athlete entrepreneur investor banker trader shopkeeper neighbour neighbor
  mother father son daughter wife husband brother sister widow widower uncle aunt cousin grandmother grandfather`.split(/\s+/).filter(Boolean),
);

/** Words that may extend a title but never make one alone. */
export const TITLE_MODIFIERS = new Set(
  `foreign domestic policy press security national deputy vice acting interim former ex senior junior chief principal top
  general state defense defence finance interior justice health trade economy economic energy home prime first second
  assistant associate executive special presidential military intelligence army navy air force staff communications
  political international affairs public campaign party opposition majority minority house senate cabinet federal central
  supreme high commissioner of the for and to on in at central bank human rights development environment education labor
  labour agriculture transport culture sports digital science technology treasury budget administration department office
  ministry council committee commission agency union board managing operating financial marketing information legal
  investment commercial medical scientific product revenue risk compliance creative shadow transportation commerce housing veterans homeland
  environmental climate immigration aid humanitarian relief refugee nuclear arms peace disarmament cyber crown national-security long-time longtime then current outgoing incoming
  newly elected appointed north south east west northern southern eastern western regional provincial county city municipal district attorney-general solicitor lord fire police emergency sporting technical football athletic
  running republican democratic democrat conservative liberal socialist caretaker visiting`.split(/\s+/).filter(Boolean),
);

/** Words in a title that are connectors: they may stand inside it, never at either end. */
export const TITLE_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'to', 'on', 'in', 'at']);

/** Honorific-like titles that stand directly before a name ("Gen. Mark Milley", "Sen. Ted Cruz"). */
// no prototype: `'constructor' in ABBREVIATED_TITLES` must be false
export const ABBREVIATED_TITLES: Record<string, string> = Object.assign(Object.create(null), {
  'Gen.': 'General', 'Sen.': 'Senator', 'Rep.': 'Representative', 'Gov.': 'Governor', 'Lt.': 'Lieutenant',
  'Col.': 'Colonel', 'Sgt.': 'Sergeant', 'Capt.': 'Captain', 'Adm.': 'Admiral', 'Maj.': 'Major', 'Pres.': 'President',
  'Amb.': 'Ambassador', 'Cmdr.': 'Commander', 'Supt.': 'Superintendent', 'Atty.': 'Attorney',
  // British style writes them without the full stop, police ranks included ("Det Ch Insp Mark Cranwell")
  Gen: 'General', Sen: 'Senator', Gov: 'Governor', Lt: 'Lieutenant', Col: 'Colonel', Sgt: 'Sergeant', Capt: 'Captain',
  Cmdr: 'Commander', Supt: 'Superintendent', Insp: 'Inspector', Det: 'Detective', Ch: 'Chief', Cllr: 'Councillor',
});

/** Letters after a name that are not part of it: "Sarah Whitehouse KC", "Keir Starmer MP". */
export const POST_NOMINALS = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'PhD', 'Jr', 'Jr.', 'Sr', 'Sr.']);
