import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { en, sv, type Messages } from './messages';

export type Language = 'sv' | 'en';

const STORAGE_KEY = 'mikromeriter.language';

/** Swedish unless the address asks for English (?lang=en) or the visitor chose it before. */
function initialLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'en' || asked === 'sv') return asked;
  let chosen: string | null = null;
  try {
    chosen = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // no storage: nothing chosen before
  }
  if (chosen === 'en' || chosen === 'sv') return chosen;
  // The English address of the catalogue opens in English.
  return window.location.pathname.startsWith('/catalogue') ? 'en' : 'sv';
}

interface LanguageContext {
  language: Language;
  t: Messages;
  setLanguage(language: Language): void;
  /** The text of a LocalizedText in the page's language, falling back to the other one. */
  pick(text: { sv?: string | null; en?: string | null } | null | undefined): string;
}

const Context = createContext<LanguageContext | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = (next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  };
  const pick: LanguageContext['pick'] = (text) => (language === 'en' ? text?.en || text?.sv : text?.sv || text?.en) ?? '';
  return <Context.Provider value={{ language, t: language === 'en' ? en : sv, setLanguage, pick }}>{children}</Context.Provider>;
}

export function useLanguage(): LanguageContext {
  const context = useContext(Context);
  if (!context) throw new Error('useLanguage outside LanguageProvider');
  return context;
}

export function formatDate(value: string | null | undefined, language: Language, withTime = false): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', withTime
    ? { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Stockholm' }
    : { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(date);
}
