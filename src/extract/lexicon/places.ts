// Countries, regions and cities: canonical name, the other ways texts write it, and its demonyms.
// Demonyms ("Russian", "British") are never actors of their own; they help read titles and sources.

// Canonical | aliases ... ; demonyms
const COUNTRIES = `
Afghanistan;Afghan
Albania;Albanian
Algeria;Algerian
Andorra;Andorran
Angola;Angolan
Argentina;Argentine|Argentinian
Armenia;Armenian
Australia;Australian
Austria;Austrian
Azerbaijan;Azerbaijani|Azeri
Bahrain;Bahraini
Bangladesh;Bangladeshi
Belarus;Belarusian|Belarussian
Belgium;Belgian
Bhutan;Bhutanese
Bolivia;Bolivian
Bosnia and Herzegovina|Bosnia;Bosnian
Botswana;Botswanan
Brazil;Brazilian
Brunei;Bruneian
Bulgaria;Bulgarian
Burkina Faso;Burkinabe
Burundi;Burundian
Cambodia;Cambodian
Cameroon;Cameroonian
Canada;Canadian
Chad;Chadian
Chile;Chilean
China|People's Republic of China|PRC;Chinese
Colombia;Colombian
Congo|Democratic Republic of the Congo|DRC;Congolese
Costa Rica;Costa Rican
Croatia;Croatian
Cuba;Cuban
Cyprus;Cypriot
Czech Republic|Czechia;Czech
Denmark;Danish
Djibouti;Djiboutian
Dominican Republic;Dominican
Ecuador;Ecuadorian
Egypt;Egyptian
El Salvador;Salvadoran
Eritrea;Eritrean
Estonia;Estonian
Ethiopia;Ethiopian
Finland;Finnish
France;French
Gabon;Gabonese
Gambia;Gambian
Georgia;Georgian
Germany;German
Ghana;Ghanaian
Greece;Greek
Guatemala;Guatemalan
Guinea;Guinean
Haiti;Haitian
Honduras;Honduran
Hungary;Hungarian
Iceland;Icelandic
India;Indian
Indonesia;Indonesian
Iran;Iranian
Iraq;Iraqi
Ireland;Irish
Israel;Israeli
Italy;Italian
Ivory Coast|Cote d'Ivoire;Ivorian
Jamaica;Jamaican
Japan;Japanese
Jordan;Jordanian
Kazakhstan;Kazakh
Kenya;Kenyan
Kosovo;Kosovar
Kuwait;Kuwaiti
Kyrgyzstan;Kyrgyz
Laos;Lao|Laotian
Latvia;Latvian
Lebanon;Lebanese
Libya;Libyan
Liechtenstein
Lithuania;Lithuanian
Luxembourg
Madagascar;Malagasy
Malawi;Malawian
Malaysia;Malaysian
Mali;Malian
Malta;Maltese
Mauritania;Mauritanian
Mexico;Mexican
Moldova;Moldovan
Monaco;Monegasque
Mongolia;Mongolian
Montenegro;Montenegrin
Morocco;Moroccan
Mozambique;Mozambican
Myanmar|Burma;Burmese
Namibia;Namibian
Nepal;Nepalese|Nepali
Netherlands|Holland;Dutch
New Zealand
Nicaragua;Nicaraguan
Niger;Nigerien
Nigeria;Nigerian
North Korea|DPRK;North Korean
North Macedonia|Macedonia;Macedonian
Norway;Norwegian
Oman;Omani
Pakistan;Pakistani
Palestine|Palestinian territories;Palestinian
Panama;Panamanian
Paraguay;Paraguayan
Peru;Peruvian
Philippines;Filipino|Philippine
Poland;Polish
Portugal;Portuguese
Qatar;Qatari
Romania;Romanian
Russia|Russian Federation;Russian
Rwanda;Rwandan
Saudi Arabia;Saudi
Senegal;Senegalese
Serbia;Serbian
Singapore;Singaporean
Slovakia;Slovak
Slovenia;Slovenian|Slovene
Somalia;Somali
South Africa;South African
South Korea|Republic of Korea;South Korean
South Sudan;South Sudanese
Spain;Spanish
Sri Lanka;Sri Lankan
Sudan;Sudanese
Sweden;Swedish
Switzerland;Swiss
Syria;Syrian
Taiwan;Taiwanese
Tajikistan;Tajik
Tanzania;Tanzanian
Thailand;Thai
Tunisia;Tunisian
Turkey|Turkiye|Türkiye;Turkish
Turkmenistan;Turkmen
Uganda;Ugandan
Ukraine;Ukrainian
United Arab Emirates|UAE;Emirati
United Kingdom|UK|U.K.|Britain|Great Britain;British
United States|U.S.|US|USA|U.S.A.|America|United States of America;American
Uruguay;Uruguayan
Uzbekistan;Uzbek
Venezuela;Venezuelan
Vietnam;Vietnamese
Yemen;Yemeni
Zambia;Zambian
Zimbabwe;Zimbabwean
Soviet Union|USSR;Soviet
European Union|EU;European`;

// Regions, seas and other named places.
const REGIONS = `
Europe;European
England;English
Scotland;Scottish
Wales;Welsh
Northern Ireland
Eastern Europe;Eastern European
Western Europe;Western European
Central Europe;Central European
Northern Europe
Southern Europe
Central Asia;Central Asian
South Asia;South Asian
Southeast Asia;Southeast Asian
East Asia;East Asian
Asia;Asian
Africa;African
North Africa;North African
Sub-Saharan Africa
Latin America;Latin American
South America;South American
North America;North American
Middle East;Middle Eastern
Far East;Far Eastern
Gulf|Persian Gulf
Balkans;Balkan
Caucasus;Caucasian
Scandinavia;Scandinavian
Baltics|Baltic states
Arctic
Antarctica
Crimea|Crimean Peninsula|Crimean peninsula;Crimean
Donbas|Donbass
Kashmir
Gaza|Gaza Strip
West Bank
Golan Heights
Sahel
Siberia;Siberian
Tibet;Tibetan
Xinjiang
Hong Kong
Kurdistan
Baltic Sea
Black Sea
Mediterranean|Mediterranean Sea
Red Sea
South China Sea
North Sea
Caspian Sea
Sea of Azov
Pacific|Pacific Ocean
Atlantic|Atlantic Ocean
Indian Ocean
Strait of Hormuz
Taiwan Strait
English Channel
Alabama
Alaska
Arizona
Arkansas
California;Californian|Californians
Colorado
Connecticut
Delaware
Florida;Floridian|Floridians
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas;Texan|Texans
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
Ontario
Quebec
Alberta
British Columbia
Manitoba
Saskatchewan
Nova Scotia
Queensland
New South Wales
Tasmania
Bavaria;Bavarian
Saxony
Catalonia;Catalan|Catalans
Andalusia
Lombardy
Sicily;Sicilian
Sardinia
Corsica
Brittany
Normandy
Punjab
Kerala
Gujarat
Maharashtra
Tamil Nadu
Uttar Pradesh
Bihar
Bengal|West Bengal
Sindh
Balochistan
Khyber Pakhtunkhwa
Darfur
Tigray;Tigrayan|Tigrayans
Amhara
Kordofan
Patagonia
Amazonia|Amazon rainforest
Yukon
Greenland
Puerto Rico;Puerto Rican|Puerto Ricans
Guam
Bali
Java
Sumatra
Borneo
Mindanao
Hokkaido
Okinawa
Sichuan
Guangdong
Hubei
Henan
Yunnan
Inner Mongolia
Chechnya;Chechen|Chechens
Dagestan
Tatarstan
Abkhazia
South Ossetia
Nagorno-Karabakh|Karabakh`;

const CITIES = `Kyiv|Kiev Moscow Washington London Paris Berlin Brussels Geneva Vienna Rome Madrid Lisbon Warsaw Prague Budapest
Bucharest Sofia Athens Ankara Istanbul Minsk Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhagen Amsterdam Dublin Bern Zurich
Munich Frankfurt Hamburg Milan Barcelona Belgrade Zagreb Sarajevo Tbilisi Yerevan Baku Chisinau Kharkiv Odesa|Odessa Lviv Dnipro
Mariupol Donetsk Luhansk Sevastopol Simferopol Kherson Zaporizhzhia St.Petersburg Tehran Baghdad Damascus Beirut Amman Jerusalem
Tel-Aviv Riyadh Doha Dubai Cairo Tripoli Tunis Algiers Rabat Nairobi Lagos Abuja Johannesburg Pretoria Addis-Ababa Khartoum
Kabul Islamabad Karachi Delhi New-Delhi Mumbai Beijing Shanghai Tokyo Seoul Pyongyang Taipei Hanoi Bangkok Manila Jakarta
Singapore Canberra Sydney Melbourne Ottawa Toronto Montreal Vancouver Mexico-City Havana Caracas Bogota Lima Santiago
Buenos-Aires Brasilia Sao-Paulo Rio-de-Janeiro New-York Los-Angeles Chicago Houston Miami Boston San-Francisco Seattle
Atlanta Dallas Philadelphia Detroit Denver Phoenix Las-Vegas Strasbourg The-Hague Davos Munich Minsk Astana Tashkent Bishkek
Dushanbe Ashgabat Ulaanbaatar Dhaka Colombo Kathmandu Yangon Naypyidaw Phnom-Penh Vientiane Kuala-Lumpur Wellington Auckland
Hiroshima Osaka Wuhan Hong-Kong Macau Shenzhen Guangzhou Aleppo Mosul Basra Erbil Sanaa Aden Muscat Manama Kuwait-City
Abu-Dhabi Benghazi Mogadishu Kigali Kampala Dar-es-Salaam Kinshasa Luanda Accra Dakar Bamako Niamey Ouagadougou
Edinburgh Belfast Cardiff Manchester Birmingham Liverpool Glasgow Lyon Marseille Cologne Stuttgart Naples Venice
Kaliningrad Novosibirsk Yekaterinburg Vladivostok Murmansk Belgorod Rostov Kursk Crimea-bridge`;

export interface PlaceEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
  type: 'country' | 'region' | 'city';
}

function parseTable(table: string, type: PlaceEntry['type']): PlaceEntry[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [names = '', demonyms = ''] = line.split(';');
      const [name = '', ...aliases] = names.split('|');
      return { name, aliases, demonyms: demonyms ? demonyms.split('|') : [], type };
    })
    .filter((e) => e.name);
}

function parseCities(list: string): PlaceEntry[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .filter((w) => !w.includes('bridge'))
    .map((w) => {
      const [name = '', ...aliases] = w.split('|').map((s) => s.replace(/-/g, ' ').replace('St.Petersburg', 'St. Petersburg'));
      return { name, aliases, demonyms: [], type: 'city' as const };
    });
}

export const PLACES: PlaceEntry[] = [
  ...parseTable(COUNTRIES, 'country'),
  ...parseTable(REGIONS, 'region'),
  ...parseCities(CITIES),
];
