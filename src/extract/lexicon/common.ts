// Capitalised words that are never names on their own: calendar words, function words, sentence openers.

export const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
export const MONTHS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
]);

export const FUNCTION_WORDS = new Set(
  `a an the this that these those there here it its it's he she we they you i me him her us them his hers our ours their
  theirs your my mine who whom whose which what when where why how if then than so but and or nor yet for of to in on at
  by with from into onto over under after before during since until while as because although though unless whether
  also still even just only not no yes all any both each every either neither some such many much more most few less
  least other another same own very too again already always never often sometimes now later soon once today tomorrow
  yesterday tonight meanwhile however moreover furthermore instead otherwise therefore thus hence indeed still besides
  despite amid among between against toward towards about above below across along around behind beyond near within
  without according speaking asked following earlier last next first second third new old other several one two three
  four five six seven eight nine ten dozens hundreds thousands millions billions mr mrs ms dr`.split(/\s+/).filter(Boolean),
);

/** Sentence openers and headline words that often stand capitalised; never a surname by themselves. */
export const COMMON_CAPITALISED = new Set(
  `Relations Officials Official Sources Source Critics Analysts Experts Residents Protesters Troops Forces Talks
  Demands Aggressive Adding Speaking Still Yet Even Despite After Before Since During While When Where Then Now Later
  Earlier Meanwhile However Moreover In On At By For From With Without Under Over Through Into Across Along Around
  Against Amid Among Between Beyond Both Each Every Either Neither Some Many Most Several Other Another Such This That
  These Those There Here It Its He She We They You I Our Their His Her My Your What Which Who Whom Whose Why How If But
  And Or Nor So Because Although Though Unless Whether As Also Only Just Not No Yes All Any Have Has Had Do Does Did Is
  Are Was Were Be Been Being Will Would Shall Should Can Could May Might Must Ukrainian Russian American British European
  Western Eastern Northern Southern Central Chinese French German Breaking Update Updated Analysis Opinion Editorial
  Photo Video Watch Read Listen Live Exclusive Report Reporting Editing Writing Additional Contributing Please Thank
  Thanks Well Oh Oh, Sir Madam Mister President Minister Secretary Spokesman Spokeswoman Chief Director General Senator
  Governor Mayor Judge King Queen Prince Pope Leader Chairman Premier Chancellor Ambassador Deputy Vice Prime Foreign
  Defense Defence National Security State Press Senior Former Acting Interim`.split(/\s+/).filter(Boolean),
);
