import type { Rng } from '../rng';

const A = ['blue', 'green', 'swift', 'bright', 'urban', 'alpine', 'north', 'sun', 'river', 'stone', 'silver', 'red', 'happy', 'smart', 'cloud', 'pixel', 'metro', 'nova', 'prime', 'wild', 'quiet', 'bold', 'fresh', 'golden', 'iron', 'lucky', 'misty', 'ocean', 'pine', 'royal'];
const B = ['bakery', 'studio', 'garden', 'labs', 'media', 'travel', 'shop', 'design', 'works', 'coffee', 'bikes', 'books', 'dental', 'events', 'farm', 'films', 'games', 'health', 'homes', 'law', 'music', 'photo', 'print', 'solar', 'tech', 'tours', 'wines', 'yoga', 'zoo', 'cargo'];
export const FIRST = ['Anna', 'Ben', 'Clara', 'David', 'Elif', 'Finn', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kaja', 'Lars', 'Mia', 'Noah', 'Olga', 'Paul', 'Rosa', 'Sven', 'Tara', 'Uwe'];
export const LAST = ['Meyer', 'Schmidt', 'Jensen', 'Virtanen', 'Smith', 'Rossi', 'Dubois', 'de Vries', 'Peeters', 'Tremblay', 'Andersson', 'Berg', 'Huber', 'Novak', 'Keller', 'Lindqvist', 'Moreau', 'Bianchi', 'Nielsen', 'Brown'];

/**
 * The i-th second-level label of the portfolio: readable word pairs first, then numbered variants so any count up to
 * 100,000 stays unique per TLD without a lookup set.
 */
export function label(i: number): string {
  const pair = A.length * B.length;
  const a = A[i % A.length] as string;
  const b = B[Math.floor(i / A.length) % B.length] as string;
  const round = Math.floor(i / pair);
  return round === 0 ? `${a}${b}` : `${a}-${b}${round}`;
}

export function personName(rng: Rng): { fname: string; lname: string } {
  return { fname: rng.pick(FIRST), lname: rng.pick(LAST) };
}
