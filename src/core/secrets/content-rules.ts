/**
 * The content rules of the secret classifier: what makes a value secret by
 * its name (an env variable, a map key) or by what it holds (a URL with
 * credentials, a PEM block, a long random string). Pure functions of strings.
 */

/** Words that name a secret when they appear in a variable name or map key. */
const SECRET_WORDS = new Set([
  'secret',
  'secrets',
  'password',
  'passwords',
  'passwd',
  'pwd',
  'passphrase',
  'token',
  'tokens',
  'key',
  'keys',
  'apikey',
  'accesskey',
  'secretkey',
  'privatekey',
  'credential',
  'credentials',
  'creds',
  'auth',
  'authorization',
  'htpasswd',
]);

/**
 * A last word that says the value points at or configures a secret rather
 * than holding it: `KEY_PREFIX`, `GC_KEY_PATH`, `AUTH_URL`, `TOKEN_TTL`,
 * `auth-type`, `secretName`.
 */
const REFERENCE_WORDS = new Set([
  'prefix',
  'suffix',
  'path',
  'file',
  'dir',
  'name',
  'names',
  'ref',
  'url',
  'uri',
  'host',
  'hostname',
  'port',
  'enabled',
  'type',
  'mode',
  'ttl',
  'timeout',
  'expiry',
  'length',
  'size',
  'header',
  'field',
  'version',
  'kind',
  'format',
  'algorithm',
  'namespace',
  'endpoint',
  'region',
  'realm',
  'method',
  'provider',
  'issuer',
  'scope',
  'scopes',
]);

/** `AWS_SECRET_ACCESS_KEY` → aws secret access key; `clientSecret` → client secret; `x-api-token` → x api token. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * Whether a variable name or map key names a secret (SECRET, PASSWORD,
 * PASSWD, TOKEN, KEY, CREDENTIAL(S), AUTH, …), unless its last word makes it
 * a reference (`KEY_PREFIX`, `AUTH_URL`). A bare `key` is structure (a label
 * selector's or toleration's `key:`), not a secret.
 */
export function isSecretName(name: string): boolean {
  if (name === 'key' || name === 'keys') return false;
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (REFERENCE_WORDS.has(words[words.length - 1] as string)) return false;
  return words.some((w) => SECRET_WORDS.has(w));
}

const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;
/** `user:password@host[:port]` without a scheme (how proxies are often written). */
const SCHEMELESS_USERINFO = /^[^\s/@:]+:[^\s/@]+@[^\s/@]+$/;
/** Query parameter names that carry credentials, besides secret words. */
const TOKEN_PARAMS = new Set([
  'sig',
  'signature',
  'code',
  'access_token',
  'id_token',
  'refresh_token',
  'client_secret',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'apikey',
  'api_key',
]);

/** Whether a user name in a URL is itself a token (`https://ghp_…@github.com`), not a plain login such as `git`. */
function tokenLikeUser(user: string): boolean {
  return user.length >= 16 && /[0-9]/.test(user) && /[A-Za-z]/.test(user);
}

function urlHasCredentials(url: string): 'url-userinfo' | 'url-query' | undefined {
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)@/i.exec(url)?.[1];
  if (userinfo !== undefined && userinfo !== '') {
    const decoded = safeDecode(userinfo);
    if (decoded.includes(':') || tokenLikeUser(decoded)) return 'url-userinfo';
  }
  const query = /\?([^#\s]*)/.exec(url)?.[1];
  if (query) {
    for (const pair of query.split('&')) {
      const [rawName = '', rawValue = ''] = pair.split('=');
      const name = safeDecode(rawName).toLowerCase();
      if (rawValue === '') continue;
      if (TOKEN_PARAMS.has(name) || isSecretName(name)) return 'url-query';
    }
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A URL with a password (`http://user:pass@host`, or `user:pass@host:3128`) or a token-like query parameter. */
export function urlCredentialRule(text: string): 'url-userinfo' | 'url-query' | undefined {
  if (SCHEMELESS_USERINFO.test(text.trim())) return 'url-userinfo';
  for (const url of text.match(URL_IN_TEXT) ?? []) {
    const rule = urlHasCredentials(url);
    if (rule) return rule;
  }
  return undefined;
}

/** A PEM block: private keys, certificates, any `-----BEGIN …-----`. */
export function hasPemBlock(text: string): boolean {
  return /-----BEGIN [A-Z0-9 ]+-----/.test(text);
}

/** Shannon entropy in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function charClass(ch: string): 'l' | 'u' | 'd' | 's' {
  if (ch >= 'a' && ch <= 'z') return 'l';
  if (ch >= 'A' && ch <= 'Z') return 'u';
  if (ch >= '0' && ch <= '9') return 'd';
  return 's';
}

/** Well-known credential formats that are not random enough to pass on entropy alone (AWS access key ids, GitHub and Slack tokens). */
const KNOWN_KEY_FORMATS: readonly RegExp[] = [/^(AKIA|ASIA)[A-Z0-9]{16}$/, /^gh[pousr]_[A-Za-z0-9]{30,}$/, /^xox[abprs]-[A-Za-z0-9-]{10,}$/];

/**
 * A long, random-looking string: at least 20 characters without spaces,
 * mixing upper case, lower case and digits (or upper case and digits, as in
 * AWS key ids) with frequent switches between them, and at least 3.5 bits of
 * entropy per character. Host names, paths, URLs, image references, hex
 * digests and UUIDs (lower case and digits only) and CamelCase words stay.
 */
export function isHighEntropy(text: string): boolean {
  if (KNOWN_KEY_FORMATS.some((re) => re.test(text))) return true;
  if (text.length < 20 || /\s/.test(text) || text.includes('://') || text.startsWith('/')) return false;
  const classes = new Set<string>();
  let switches = 0;
  let previous: string | undefined;
  for (const ch of text) {
    const c = charClass(ch);
    classes.add(c);
    if (previous !== undefined && c !== previous) switches += 1;
    previous = c;
  }
  const mixed = (classes.has('l') && classes.has('u') && classes.has('d')) || (classes.has('u') && classes.has('d') && !classes.has('l'));
  if (!mixed) return false;
  if (switches / text.length < 0.25) return false;
  return entropy(text) >= 3.5;
}

/**
 * A value that names or locates something rather than being a secret, so a
 * secret-sounding name alone does not make it secret: an absolute path, a
 * host name, a URL without credentials, a boolean or a small number, or prose.
 */
export function looksPublic(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (/^(true|false|yes|no|on|off)$/i.test(t)) return true;
  if (/^\d{1,6}$/.test(t)) return true;
  if (/^(\/|~\/|\.\/)[^\s]*$/.test(t)) return true;
  if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?$/.test(t)) return true;
  // A qualified Kubernetes name such as a topology or label key: kubernetes.io/hostname.
  if (/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/[a-z0-9]([-a-z0-9_.]*[a-z0-9])?$/.test(t)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(t) && urlCredentialRule(t) === undefined) return true;
  if (/\s/.test(t) && !hasPemBlock(t)) return true;
  return false;
}

/** A Kubernetes object name (`basic-auth`, `ns/basic-auth`): what `…-secret` annotations hold. */
export function isObjectReference(text: string): boolean {
  return /^([a-z0-9]([-a-z0-9]*[a-z0-9])?\/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(text);
}

/**
 * Annotations known to hold credentials inline: basic auth (`…/auth-basic`
 * with `user:hash` lines), OAuth/OIDC client settings (`…/auth-idp-oidc`,
 * `…/oauth-client-secret`). Their `…-secret` siblings that name a Secret
 * object (`nginx.org/basic-auth-secret: htpasswd`) are references and stay.
 */
export function isSecretAnnotation(key: string, value: string): boolean {
  const name = key.slice(key.lastIndexOf('/') + 1).toLowerCase();
  if (!/(basic-?auth|auth-basic|oauth|oidc|cognito|client-secret|auth-token|password)/.test(name)) return false;
  if (/(secret|secret-name)$/.test(name) && isObjectReference(value.trim())) return false;
  return !/^(true|false)$/i.test(value.trim());
}
