import { defineStrings } from './defineStrings.ts';

/** The safety page: its sections and the caveats on the numbers to call. */
export const safetyStrings = defineStrings({
  en: {
    safetyTitle: 'Safety: mines and suspicious objects',
    safetyDescription:
      'What the authorities tell the public to do on seeing a mine or suspicious object, whom to call, and the rules for entering the regained areas, each with its source.',
    safetyIntro:
      'This page repeats only what official sources have told the public, each item with who said it and when. It is not a substitute for the instructions of ANAMA, the police or the emergency services.',
    safetyLastChecked: 'Sources last checked',
    safetyCheckNumbers:
      "Numbers and rules change. Check them on the agencies' own channels; the dates below say when a source published them, not that they still apply.",
    safetyMessages: 'If you see a suspicious object',
    safetyPhones: 'Numbers to call',
    safetySigns: 'Warning signs and fenced areas',
    safetyRules: 'Rules for entering the regained areas',
    safetyGeneral: 'General guidance (UNICEF, not specific to Azerbaijan)',
    safety805:
      'No source says who runs 805, its hours or whether it works from every phone; 102 (police) and 112 (emergencies) are general emergency numbers too.',
    saidBy: 'Source',
  },
  az: {
    safetyTitle: 'Təhlükəsizlik: minalar və şübhəli əşyalar',
    safetyDescription:
      'Mina və ya şübhəli əşya görəndə nə etməli, kimə zəng etməli və geri qaytarılmış ərazilərə giriş qaydaları barədə rəsmi qurumların əhaliyə verdiyi tövsiyələr, hər biri mənbəyi ilə.',
    safetyIntro:
      'Bu səhifə yalnız rəsmi mənbələrin əhaliyə bildirdiklərini təkrarlayır; hər bəndin yanında onu kimin və nə vaxt dediyi göstərilir. Bu, ANAMA-nın, polisin və ya fövqəladə xidmətlərin göstərişlərini əvəz etmir.',
    safetyLastChecked: 'Mənbələr sonuncu dəfə yoxlanılıb',
    safetyCheckNumbers:
      'Nömrələr və qaydalar dəyişə bilər. Onları qurumların öz kanallarında yoxlayın; aşağıdakı tarixlər mənbənin onları nə vaxt dərc etdiyini göstərir, hələ də qüvvədə olduqlarını yox.',
    safetyMessages: 'Şübhəli əşya görsəniz',
    safetyPhones: 'Zəng ediləcək nömrələr',
    safetySigns: 'Xəbərdarlıq nişanları və hasarlanmış ərazilər',
    safetyRules: 'Geri qaytarılmış ərazilərə giriş qaydaları',
    safetyGeneral: 'Ümumi tövsiyələr (UNICEF, Azərbaycana xas deyil)',
    safety805:
      'Heç bir mənbə 805 nömrəsinə kimin baxdığını, iş saatlarını və ya hər telefondan işləyib-işləmədiyini göstərmir; 102 (polis) və 112 (fövqəladə hallar) həm də ümumi təcili yardım nömrələridir.',
    saidBy: 'Mənbə',
  },
});
