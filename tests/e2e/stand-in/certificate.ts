import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  readonly cert: string;
  readonly key: string;
}

/**
 * A self-signed certificate for every host the stand-in answers, made fresh for each run with
 * openssl, so no key is ever committed. Browsers are told to accept it (tests only).
 */
export function makeCertificate(hosts: readonly string[]): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'detour-cert-'));
  const names = hosts.map((host) => `DNS:${host}`).join(',');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
    '-subj', '/CN=Detour stand-in',
    '-addext', `subjectAltName=${names}`,
    '-keyout', join(dir, 'key.pem'),
    '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  return { cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), key: readFileSync(join(dir, 'key.pem'), 'utf8') };
}
