// Words the quote rewording never swaps: function words, reporting verbs and speaker nouns carry attribution, not content.

const FUNCTION_WORDS = `the and his her its who him she has had was are may can say says that this these those they them their there then than what when where which while with within without
from into onto upon over under about above after before again against also because been being both could does doing done
each even ever from have having here hers herself himself just like many more most much must never only other ought ours
same should some such very were will would your yours itself said says saying told tells telling stated states stating
added adding noted noting warned warning stressed stressing according reporters journalists reporter statement statements
president minister secretary spokesman spokeswoman spokesperson official officials adviser advisor leader leaders
counterpart ambassador chief general director senator press briefing conference interview emphasized emphasised
explained insisted reiterated replied responded mentioned declared announced confirmed denied claimed argued urged vowed
promised asked wrote tweeted posted believe believes believed think thinks thought also later earlier once still`;

export const PROTECTED_WORDS = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
