import type { Phrases, UiLanguage } from './types';

/**
 * Failure wordings that chat UIs share, per UI language: the stock phrases web apps use for
 * "something went wrong", "network error" and "too many requests". Adapters merge them with the
 * wordings seen on their own site (each cited there). Structure (error cards, Retry controls)
 * is what detection trusts first; these phrases let a toast or an unmarked card be read in the
 * UI's language.
 */

export const SOMETHING_WENT_WRONG: Phrases = {
  en: ['something went wrong', 'an error occurred', 'an unexpected error'],
  es: ['algo salió mal', 'se ha producido un error', 'ocurrió un error', 'se produjo un error'],
  fr: ["une erreur s'est produite", 'une erreur est survenue', 'un problème est survenu'],
  de: ['etwas ist schiefgelaufen', 'ein fehler ist aufgetreten', 'es ist ein fehler aufgetreten'],
  pt: ['algo deu errado', 'ocorreu um erro', 'algo correu mal'],
  it: ['qualcosa è andato storto', 'si è verificato un errore'],
  ja: ['問題が発生しました', 'エラーが発生しました'],
  'zh-CN': ['出了点问题', '出错了', '发生错误', '发生了错误'],
  'zh-TW': ['發生錯誤', '出了點問題', '發生了錯誤'],
  ko: ['문제가 발생했습니다', '오류가 발생했습니다'],
  ru: ['что-то пошло не так', 'произошла ошибка'],
  vi: ['đã xảy ra lỗi', 'có lỗi xảy ra', 'đã có lỗi xảy ra'],
};

export const NETWORK_ERROR: Phrases = {
  en: ['network error', 'networkerror', 'connection lost', 'connection interrupted'],
  es: ['error de red', 'se perdió la conexión'],
  fr: ['erreur réseau', 'erreur de réseau', 'connexion perdue'],
  de: ['netzwerkfehler', 'verbindung unterbrochen'],
  pt: ['erro de rede'],
  it: ['errore di rete'],
  ja: ['ネットワークエラー'],
  'zh-CN': ['网络错误'],
  'zh-TW': ['網路錯誤'],
  ko: ['네트워크 오류'],
  ru: ['ошибка сети', 'сетевая ошибка'],
  vi: ['lỗi mạng'],
};

export const TOO_MANY_REQUESTS: Phrases = {
  en: ['too many requests', 'rate limit'],
  es: ['demasiadas solicitudes'],
  fr: ['trop de requêtes', 'trop de demandes'],
  de: ['zu viele anfragen'],
  pt: ['muitas solicitações', 'demasiados pedidos'],
  it: ['troppe richieste'],
  ja: ['リクエストが多すぎます'],
  'zh-CN': ['请求过多', '请求太多'],
  'zh-TW': ['請求過多', '要求過多'],
  ko: ['요청이 너무 많습니다'],
  ru: ['слишком много запросов'],
  vi: ['quá nhiều yêu cầu'],
};

/** One table from several, each language's phrases kept together. */
export function mergePhrases(...tables: readonly Phrases[]): Phrases {
  const merged: Partial<Record<UiLanguage, string[]>> = {};
  for (const table of tables) {
    for (const [language, phrases] of Object.entries(table) as [UiLanguage, readonly string[]][]) {
      (merged[language] ??= []).push(...phrases);
    }
  }
  return merged;
}
