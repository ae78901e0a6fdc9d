/** Text in lowercase plain Latin: Azerbaijani and other accented letters folded (ə→e, ı→i, İ→i, ş→s, ğ→g, ü→u…). */
export function foldLetters(text: string): string {
  return text.toLowerCase().replace(/ə/g, 'e').replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}/gu, '');
}
