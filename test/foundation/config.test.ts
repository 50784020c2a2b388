import { describe, expect, it } from 'vitest';
import { listenHost, loadConfig } from '../../server/config.ts';
import { KgError } from '../../server/errors.ts';

function configError(env: Record<string, string>): KgError {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof KgError) return e;
    throw e;
  }
  throw new Error('expected a configuration error');
}

describe('configuration from the environment', () => {
  it('defaults to the embedded store on port 4000, localhost only', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.KG_DATA_DIR).toBe('./data');
    expect(listenHost(config)).toBe('127.0.0.1');
  });

  it('PORT=abc is rejected with one line naming the variable and the fix', () => {
    const e = configError({ PORT: 'abc' });
    expect(e.code).toBe('BAD_CONFIG');
    expect(e.message).toContain('PORT="abc"');
    expect(e.message).toContain('fix PORT');
    expect(e.message).not.toContain('\n');
  });

  it('a malformed NEO4J_URI is rejected', () => {
    expect(configError({ NEO4J_URI: 'http://localhost:7474' }).message).toContain('NEO4J_URI');
  });

  it('API keys parse into roles, and a bad entry names itself', () => {
    const config = loadConfig({ KG_API_KEYS: 'k1:reader, k2:admin' });
    expect([...config.KG_API_KEYS]).toEqual([['k1', 'reader'], ['k2', 'admin']]);
    expect(configError({ KG_API_KEYS: 'k1:root' }).message).toContain('k1:root');
  });

  it('without API keys the service refuses to listen beyond localhost', () => {
    expect(() => listenHost(loadConfig({ HOST: '0.0.0.0' }))).toThrow(/KG_API_KEYS/);
    expect(listenHost(loadConfig({ HOST: '0.0.0.0', KG_API_KEYS: 'k:reader' }))).toBe('0.0.0.0');
  });
});
