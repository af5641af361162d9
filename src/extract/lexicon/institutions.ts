// Well-known institutions, alliances, agencies and outlets, with the other names texts use for them.
// Name | alias | alias ...  (matched case-sensitively, longest first)

const INSTITUTIONS = `
NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato
European Union|EU|E.U.
United Nations|UN|U.N.
UN Security Council|United Nations Security Council|U.N. Security Council|Security Council
UN General Assembly|United Nations General Assembly|General Assembly
OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|Organization for security and cooperation in Europe|Organisation for Security and Co-operation in Europe
NATO-Russia Council
European Commission
European Parliament
European Council
Council of Europe
European Central Bank|ECB
International Monetary Fund|IMF
World Bank
World Health Organization|WHO|World Health Organisation
World Trade Organization|WTO
International Criminal Court|ICC
International Court of Justice|ICJ
International Atomic Energy Agency|IAEA
Red Cross|International Committee of the Red Cross|ICRC
International Federation of Red Cross and Red Crescent Societies|IFRC|Red Crescent
Premier League|English Premier League
Champions League|UEFA Champions League
La Liga
Bundesliga
Serie A
FIFA
UEFA
International Olympic Committee|IOC
NBA
NFL
Amnesty International
Human Rights Watch
G7|Group of Seven
G20|Group of 20
OPEC
African Union
Arab League
ASEAN
Shanghai Cooperation Organisation|SCO
Collective Security Treaty Organization|CSTO
Warsaw Pact
White House
Kremlin
Pentagon
State Department|US State Department|U.S. State Department|Department of State
Defense Department|Department of Defense
Treasury Department|Treasury|Department of the Treasury|US Treasury|U.S. Treasury
Justice Department|Department of Justice|DOJ
Department of Homeland Security|DHS
Congress|US Congress|U.S. Congress
Senate|US Senate|U.S. Senate
House of Representatives
Supreme Court
Federal Reserve|Fed|US Federal Reserve|U.S. Federal Reserve
Democratic Party
Republican Party|GOP
National Rally|Rassemblement National
Alternative for Germany|AfD
Reform UK
Social Democratic Party|SPD
Christian Democratic Union|CDU
Fidesz
Likud
Bharatiya Janata Party|BJP
Indian National Congress
African National Congress|ANC
Chinese Communist Party|Communist Party of China|CCP
Labour Party|Labour
Conservative Party|Conservatives|Tories
Liberal Democrats|Lib Dems
Wall Street
New York Stock Exchange|NYSE
Nasdaq
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
National Security Agency|NSA
National Security Council|NSC
Downing Street
Foreign Office|Foreign, Commonwealth and Development Office
Elysee|Élysée|Elysee Palace|Élysée Palace
Bundestag
Duma|State Duma
Verkhovna Rada|Rada
Knesset
Politburo
Hamas
Hezbollah
Taliban
Islamic State|ISIS|ISIL
Al Qaeda|al-Qaeda|al Qaeda
Wagner Group|Wagner
FSB
KGB
Gazprom
Rosneft
Bloomberg|Bloomberg News
Reuters
Associated Press|AP
Agence France-Presse|AFP
CNN
BBC
Al Jazeera
New York Times|The New York Times
Washington Post|The Washington Post
Wall Street Journal|The Wall Street Journal
Financial Times
The Guardian|Guardian
Politico
Axios
NPR
Fox News
NBC|NBC News
CBS|CBS News
ABC News
TASS
RIA Novosti
Interfax
Xinhua
Twitter
Facebook
Telegram
YouTube
Google
Apple
Microsoft
Amazon
Meta|Meta Platforms
TikTok
Instagram
WhatsApp
OpenAI
Anthropic
Nvidia
Intel
IBM
Oracle
Samsung|Samsung Electronics
Huawei
Alibaba
Tencent
Tesla
SpaceX
Netflix
Uber
Goldman Sachs
JPMorgan|JPMorgan Chase|JP Morgan|J.P. Morgan
Morgan Stanley
Citigroup|Citi
Bank of America
Wells Fargo
HSBC
Barclays
Deutsche Bank
UBS
BlackRock
Exxon Mobil|ExxonMobil|Exxon
Chevron
Shell
BP
Saudi Aramco|Aramco
TotalEnergies
Toyota
Volkswagen
Ford Motor|Ford Motor Company
General Motors|GM
Stellantis
Boeing
Airbus
Lockheed Martin
Pfizer
Moderna
AstraZeneca
Johnson & Johnson
Walmart`;

export interface InstitutionEntry {
  name: string;
  aliases: string[];
}

export const INSTITUTIONS_LIST: InstitutionEntry[] = INSTITUTIONS.trim()
  .split('\n')
  .map((line) => {
    const [name = '', ...aliases] = line.split('|');
    return { name, aliases };
  })
  .filter((e) => e.name);

/** Head words that make a capitalised phrase an organisation: "Russian Foreign Ministry", "NATO-Russia Council". */
export const ORG_HEADS = new Set(
  `Ministry Department Council Organization Organisation Agency Bank Commission Committee Party Union Association
  Institute University College Company Corporation Corp Corp. Inc Inc. Ltd Ltd. Co. LLC PLC plc AG SA GmbH Group
  Securities Capital Partners Holdings Investments Research Advisors Associates Management Ventures Labs Technologies
  Motors Airways Energy Media Pharmaceuticals Industries Systems Entertainment Studios Records Bancorp Trust Court Parliament Assembly Army Navy Forces
  Office Fund Service Services Authority Federation League Alliance Foundation Bureau Board Guard Command Cabinet
  Congress Senate Police Government Administration Network Airlines Times Post Journal News Press Reserve Exchange
  Institute Centre Center Coalition Movement Front Brigade Regiment Battalion Division Fleet Directorate Secretariat
  Tribunal Commonwealth Programme Program Initiative Summit Platforms Networks Insights Analytics Solutions Software
  Dynamics Robotics Semiconductor Therapeutics Biosciences Logistics Brands Foods Resources Minerals Mining Petroleum Oil
  Telecom Communications Airlines Automotive Electronics Instruments Microsystems Interactive Games Capital Steel Chemicals
  Chemical Aerospace Pharma Railways Railway Shipping Electric Utilities Insurance Financial Workers Steelworkers Lines Society
  Societies`.split(/\s+/).filter(Boolean),
);

/** Acronyms that are not organisations. */
export const NOT_ACRONYM_ORGS = new Set(
  `TV AM PM OK CEO CFO COO GDP ID PR UK US USA AI EST GMT UTC BST CET AD BC II III IV VI VII VIII IX XI XII
  DC NY LA COVID HIV AIDS SUV VIP PhD MBA MP MEP CD DVD PC IT OR AND THE FOR NOT BUT YOU WE HE SHE IT`.split(/\s+/).filter(Boolean),
);
