// Common given names with their usual gender: evidence that a capitalised pair is a person, and a cue for pronouns.
// Generic data, reviewed like code. Spellings vary by transliteration, so variants are listed side by side.
import { FEMALE_GIVEN, MALE_GIVEN } from './given-names.ts';

const FEMALE = `
Abigail Ada Adriana Agnes Aisha Alessandra Alexandra Alice Alicia Alina Alison Allison Alma Amal Amanda Amber Amelia Amina Amy Ana
Anastasia Andrea Angela Angelina Anita Ann Anna Anne Annette Antonia Ariana Ashley Astrid Aung Barbara Beata Beatrice Bella Betty
Beverly Bianca Brenda Bridget Brigitte Brittany Camila Carla Carmen Carol Caroline Carolyn Catherine Cecilia Celine Charlotte Chelsea
Cheryl Chloe Christina Christine Chrystia Cindy Claire Clara Claudia Colleen Cynthia Dana Daniela Danielle Daria Darya Deborah Debra
Denise Diana Diane Dina Dolores Donna Doris Dorothy Ekaterina Elena Eleanor Elise Elisabeth Elizabeth Ella Ellen Elena Elin Elisa
Elvira Emily Emma Erica Erin Eva Evelyn Fatima Fiona Florence Frances Francesca Gabriela Gabrielle Gina Giorgia Gloria Grace Greta
Hanna Hannah Heather Heidi Helen Helena Hillary Holly Ilhan Ines Ingrid Irene Irina Iryna Isabel Isabella Ivanka Jacinda Jacqueline
Jane Janet Janice Jasmine Jean Jeanne Jen Jennifer Jenny Jessica Jill Joan Joanna Jocelyn Josephine Joyce Judith Judy Julia Julie
Juliet Justine Karen Karin Karine Kamala Kate Katherine Kathleen Kathryn Kathy Katie Katrin Kay Kayleigh Kelly Kim Kimberly Kira Kristen
Kristi Kristin Kristina Larisa Laura Lauren Layla Leah Lena Leslie Lilia Lily Linda Lindsey Lisa Liz Liza Lori Louise Lucia Lucy
Ludmila Lyudmila Lydia Madeleine Maggie Maria Mariana Marie Marina Marine Marion Marisa Marjorie Martha Mary Maryam Maya Megan Melania
Melanie Melissa Mette Mia Michelle Mira Miriam Molly Monica Nadia Nadine Nancy Naomi Natalia Natalie Natalya Nathalie Nicola Nicole Nikki
Nina Nora Norah Olena Olga Olivia Paige Pamela Patricia Paula Pauline Penny Petra Priti Rachel Rebecca Regina Rita Roberta Rosa
Rose Ruth Sabine Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Silvia Simone Sofia Sonia Sophia Sophie Stella Stephanie
Susan Suzanne Svetlana Sylvia Tamara Tanya Tatiana Tatyana Teresa Theresa Tiffany Tina Tracy Tulsi Ulla Ursula Valentina Valerie
Vanessa Vera Veronica Victoria Viktoria Violet Virginia Wendy Yana Yulia Yuliya Zoe Zoya`;

const MALE = `
Aaron Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Alan Albert Aleksandr Aleksei Alex Alexander Alexandre Alexei Alexey Alexis Ali
Alistair Amir Anatoly Andre Andrei Andrew Andrey Andriy Andrzej Angus Anthony Antonio Antony Arkady Armin Arnold Arseniy Arthur Artem
Asif Barack Bashar Ben Benjamin Benny Bernard Bernie Bill Bob Boris Brad Bradley Brandon Brett Brian Bruce Bruno Carl Carlos
Charles Charlie Chris Christian Christopher Chuck Clint Colin Conor Craig Cyril Dale Dan Daniel Danny Dave David Dean Denis Dennis Denys
Derek Dick Dmitri Dmitriy Dmitry Dmytro Dominic Don Donald Doug Douglas Duncan Dwight Ed Eddie Edward Edwin Elon Emmanuel Emil Enrique
Eric Erik Ernest Evan Evgeny Fabian Felix Fernando Frank Franz Fred Frederick Fyodor Gabriel Gareth Gary Gavin Gene Geoffrey George
Georgy Gerald Gerhard Giorgi Giorgio Giuseppe Glenn Gordon Grant Greg Gregory Hakan Hans Harold Harry Hassan Hector Heinz Henry Herbert
Hugo Hussein Ian Igor Ihor Ilya Imran Isaac Ivan Jack Jacob Jacques Jair Jake James Jamie Jared Jason Javier Jean-Claude Jean-Luc Jeff
Jeffrey Jens Jeremy Jerome Jerry Jim Jimmy Joachim Joe Joel Johan John Johnny Jon Jonathan Jordan Jorge Jose Joseph Josh Joshua
Juan Julian Justin Kai Karel Karl Keir Keith Ken Kenneth Kevin Karim Khalid Kim Kirill Klaus Konstantin Kurt Kyle Lars Larry Lee Leo
Leon Leonid Lindsey Lloyd Lorenzo Louis Luca Lucas Luis Luiz Lula Lukas Magnus Malcolm Marco Marcus Mario Mark Martin Marty Mateusz Matt
Matteo Matthew Max Maxim Mehmet Michael Michel Miguel Mike Mikhail Mitch Mohamed Mohammad Mohammed Muhammad Mykhailo Mykola Naftali Narendra
Nathan Ned Neil Nicholas Nick Nicolas Nikita Nikolai Nikolay Noah Norman Oleg Oleksandr Oleksiy Olaf Oliver Omar Oscar Otto Owen
Pablo Patrick Paul Pavel Pedro Pete Peter Petro Petr Phil Philip Philippe Pierre Rafael Ralph Ramzan Randy Ray Raymond Recep Reza
Ricardo Richard Rick Rishi Rob Robert Robin Rodrigo Roger Roman Ron Ronald Rory Ross Rudy Rupert Russell Ryan Salman Sam Samuel Sanjay
Scott Sean Sebastian Serge Sergei Sergey Sergiy Shinzo Simon Stanislav Stefan Stephen Steve Steven Stuart Taras Ted Terry Theo Thomas Tomas
Tim Timothy Tobias Todd Tom Tommy Tony Travis Trevor Tyler Uri Valery Vasily Viktor Victor Vincent Vitali Vitaliy Vitaly Vladimir
Vladislav Volodymyr Walter Wayne Werner Wesley William Willie Wolfgang Xavier Yair Yaroslav Yevgeny Yoshihide Yuri Yury Yuriy Zach
Zbigniew`;

function toSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

// The curated lists above (international, transliterated) come first; the larger English lists fill in.
const CURATED_FEMALE = toSet(FEMALE);
const CURATED_MALE = toSet(MALE);
const ENGLISH_FEMALE = toSet(FEMALE_GIVEN);
const ENGLISH_MALE = toSet(MALE_GIVEN);

function genderIn(f: Set<string>, m: Set<string>, name: string): 'male' | 'female' | null {
  const isF = f.has(name);
  const isM = m.has(name);
  if (isF === isM) return null;
  return isF ? 'female' : 'male';
}

export function genderOfGivenName(name: string): 'male' | 'female' | null {
  if (CURATED_FEMALE.has(name) || CURATED_MALE.has(name)) return genderIn(CURATED_FEMALE, CURATED_MALE, name);
  return genderIn(ENGLISH_FEMALE, ENGLISH_MALE, name);
}

export function isGivenName(name: string): boolean {
  return CURATED_FEMALE.has(name) || CURATED_MALE.has(name) || ENGLISH_FEMALE.has(name) || ENGLISH_MALE.has(name);
}

/** Honorifics before a name, with the gender they imply. */
// no prototype: `'constructor' in HONORIFICS` must be false
export const HONORIFICS: Record<string, 'male' | 'female' | null> = Object.assign(Object.create(null), {
  Mr: 'male', 'Mr.': 'male', Mrs: 'female', 'Mrs.': 'female', Ms: 'female', 'Ms.': 'female', Miss: 'female',
  Sir: 'male', Dame: 'female', Lord: 'male', Lady: 'female', Dr: null, 'Dr.': null, Prof: null, 'Prof.': null,
  Madam: 'female', Monsieur: 'male', Herr: 'male', Frau: 'female', Sheikh: 'male', Sheikha: 'female', Sayyid: 'male',
});

/** Particles inside surnames: "Ursula von der Leyen", "Charles de Gaulle". */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'ben']);
