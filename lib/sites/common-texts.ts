import type { Phrases, UiLanguage } from './types';

/**
 * Failure wordings that chat UIs share, per UI language: the stock phrases web apps use for
 * "something went wrong", "network error" and "too many requests". Adapters merge them with the
 * wordings seen on their own site (each cited there). Structure (error cards, Retry controls)
 * is what detection trusts first; these phrases let a toast or an unmarked card be read in the
 * UI's language.
 */

export const SOMETHING_WENT_WRONG: Phrases = {
  // "There was an error generating a response" / "Oops, an error occurred!" (chat.openai.com, 2023:
  // bocek.co.jp, aitechworld.info); "Something went wrong (13)" carries its code after the phrase.
  en: ['something went wrong', 'an error occurred', 'an unexpected error', 'there was an error', 'an error has occurred'],
  es: ['algo salió mal', 'se ha producido un error', 'ocurrió un error', 'se produjo un error'],
  fr: ["une erreur s'est produite", 'une erreur est survenue', 'un problème est survenu'],
  de: ['etwas ist schiefgelaufen', 'ein fehler ist aufgetreten', 'es ist ein fehler aufgetreten'],
  pt: ['algo deu errado', 'ocorreu um erro', 'algo correu mal'],
  it: ['qualcosa è andato storto', 'si è verificato un errore'],
  ja: ['問題が発生しました', 'エラーが発生しました'],
  // Kimi's replies and notices: "我暂时遇到了一些问题，请您稍后重试~", "服务内部错误", "系统异常"
  // (LLM-Red-Team/kimi-free-api #77, #68, #122, 2024); "请求失败" / "生成失败" are the stock wordings.
  'zh-CN': ['出了点问题', '出错了', '发生错误', '发生了错误', '暂时遇到了一些问题', '服务内部错误', '系统异常', '请求失败', '生成失败'],
  'zh-TW': ['發生錯誤', '出了點問題', '發生了錯誤', '系統異常', '請求失敗', '生成失敗'],
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

/**
 * Everyone is using it at once: capacity notices, in a reply's place, a banner or a whole page.
 * ChatGPT's "is at capacity" and "exceptionally high demand" (gptopenai.jp, 2025), DeepSeek's
 * 服务器繁忙, Kimi's "算力不够，请稍后再试" (kimi-free-api #136, 2024-09), "服务繁忙，请稍后再试"
 * (guaguaguaxia/weekly_report #57, 2023), Japanese write-ups' アクセスが集中 (cloud-for-all.com).
 * Other languages: Detour's own translations of the same notices.
 */
export const AT_CAPACITY: Phrases = {
  en: ['at capacity', 'exceptionally high demand', 'experiencing high demand', 'currently overloaded', 'will return soon', "we'll be back soon", 'be right back'],
  es: ['alta demanda', 'está sobrecargado', 'volveremos pronto'],
  fr: ['forte demande', 'est surchargé', 'de retour très bientôt', 'nous revenons bientôt'],
  de: ['hohe nachfrage', 'ist überlastet', 'sind bald wieder da'],
  pt: ['alta demanda', 'está sobrecarregado', 'voltaremos em breve'],
  it: ['forte richiesta', 'è sovraccarico', 'torneremo presto'],
  ja: ['アクセスが集中', '混雑しています', '過負荷', 'まもなく復旧'],
  'zh-CN': ['服务繁忙', '系统繁忙', '服务器繁忙', '算力不够', '访问量过大', '即将恢复'],
  'zh-TW': ['服務繁忙', '系統繁忙', '伺服器繁忙', '流量過大', '即將恢復'],
  ko: ['사용량이 많아', '요청이 많아', '과부하', '곧 돌아오겠습니다'],
  ru: ['высокая нагрузка', 'перегружен', 'скоро вернемся'],
  vi: ['nhu cầu cao', 'quá tải', 'sẽ sớm trở lại'],
};

/**
 * A usage cap or quota reached, in the words web apps share. Site-specific limit texts (with their
 * evidence) stay in each adapter; these are Detour's translations of the stock sentence.
 */
export const USAGE_LIMIT: Phrases = {
  en: ['usage limit', 'usage cap', "you've reached your limit", "you've hit your limit", 'limit reached', 'rate limited', 'quota exceeded'],
  es: ['límite de uso', 'has alcanzado el límite', 'límite alcanzado'],
  fr: ["limite d'utilisation", 'vous avez atteint la limite', 'limite atteinte'],
  de: ['nutzungslimit', 'limit erreicht', 'kontingent überschritten'],
  pt: ['limite de uso', 'você atingiu o limite', 'limite atingido'],
  it: ['limite di utilizzo', 'hai raggiunto il limite', 'limite raggiunto'],
  ja: ['上限に達しました', '利用上限', '制限に達しました'],
  'zh-CN': ['已达到上限', '使用上限', '次数已用完', '额度已用完'],
  'zh-TW': ['已達到上限', '使用上限', '次數已用完'],
  ko: ['한도에 도달했습니다', '사용 한도', '한도를 초과'],
  ru: ['достигнут лимит', 'лимит исчерпан', 'превышен лимит'],
  vi: ['đã đạt giới hạn', 'giới hạn sử dụng', 'vượt quá giới hạn'],
};

/**
 * How HTTP error and maintenance pages read, whoever serves them (the site, its CDN, a proxy):
 * Cloudflare's "Bad gateway", "Web server is down", "Origin is unreachable", "A timeout occurred";
 * nginx's "502 Bad Gateway"; CloudFront's "The request could not be satisfied"; Envoy's "upstream
 * connect error"; Varnish's "Guru Meditation"; Next.js's "Application error: a client-side
 * exception has occurred" when the app crashed before rendering. Other languages: the HTTP reason
 * phrases as servers and browsers translate them.
 */
export const SERVICE_UNAVAILABLE: Phrases = {
  en: [
    'bad gateway',
    'gateway timeout',
    'gateway time-out',
    'service unavailable',
    'temporarily unavailable',
    'internal server error',
    'web server is down',
    'origin is unreachable',
    'a timeout occurred',
    'the request could not be satisfied',
    'upstream connect error',
    'upstream request timeout',
    'guru meditation',
    'application error: a client-side exception has occurred',
    'down for maintenance',
    'under maintenance',
  ],
  es: ['servicio no disponible', 'temporalmente no disponible', 'error interno del servidor', 'en mantenimiento'],
  fr: ['service indisponible', 'temporairement indisponible', 'erreur interne du serveur', 'en maintenance'],
  de: ['dienst nicht verfügbar', 'vorübergehend nicht verfügbar', 'interner serverfehler', 'wartungsarbeiten'],
  pt: ['serviço indisponível', 'temporariamente indisponível', 'erro interno do servidor', 'em manutenção'],
  it: ['servizio non disponibile', 'temporaneamente non disponibile', 'errore interno del server', 'in manutenzione'],
  ja: ['サービスを利用できません', '一時的にご利用いただけません', 'サーバーエラー', 'メンテナンス中'],
  'zh-CN': ['服务不可用', '服务暂时不可用', '服务器内部错误', '网关错误', '系统维护中'],
  'zh-TW': ['服務無法使用', '服務暫時無法使用', '伺服器內部錯誤', '系統維護中'],
  ko: ['서비스를 사용할 수 없습니다', '일시적으로 사용할 수 없습니다', '내부 서버 오류', '점검 중'],
  ru: ['сервис недоступен', 'временно недоступен', 'внутренняя ошибка сервера', 'технические работы'],
  vi: ['dịch vụ không khả dụng', 'tạm thời không khả dụng', 'lỗi máy chủ nội bộ', 'đang bảo trì'],
};

/**
 * A "verify you are human" challenge (Cloudflare Turnstile and the like). Once, it is a gate a person
 * passes; again and again, it is a failure (lib/tabs/navigation.ts). English: the managed challenge
 * ("Verify you are human by completing the action below.", "needs to review the security of your
 * connection", quoted by many public scrapers); Chinese: Turnstile's own zh-CN strings (确认您是真人,
 * a public dump of its localisation, 2026-03); other languages: Detour's translations.
 */
export const VERIFY_HUMAN: Phrases = {
  en: ['verify you are human', 'verifying you are human', 'confirm you are human', 'needs to review the security of your connection', 'checking your browser before accessing'],
  es: ['verifica que eres un ser humano', 'confirma que eres un ser humano'],
  fr: ['vérifiez que vous êtes un humain', 'confirmez que vous êtes un humain'],
  de: ['bestätigen sie, dass sie ein mensch sind', 'überprüfen, ob sie ein mensch sind'],
  pt: ['confirme que você é humano', 'verifique se você é humano'],
  it: ['verifica di essere un essere umano', 'conferma di essere umano'],
  ja: ['人間であることを確認'],
  'zh-CN': ['确认您是真人', '验证您是真人'],
  'zh-TW': ['確認您是真人', '驗證您是真人'],
  ko: ['사람인지 확인'],
  ru: ['подтвердите, что вы человек'],
  vi: ['xác minh bạn là con người', 'xác nhận bạn là con người'],
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
