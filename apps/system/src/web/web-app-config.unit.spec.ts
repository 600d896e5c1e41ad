import { describe, expect, it } from 'vitest';
import { readWebAppConfig } from './web-app-config';

describe('readWebAppConfig', () => {
  it('serves the dashboard on 4000 unless told otherwise', () => {
    expect(readWebAppConfig({})?.port).toBe(4000);
    expect(readWebAppConfig({ WEB_PORT: '0' })?.port).toBe(0);
  });

  it('listens on this machine only on the embedded default, and everywhere in real mode', () => {
    expect(readWebAppConfig({})?.host).toBe('127.0.0.1');
    expect(readWebAppConfig({ DATABASE_URL: 'postgres://u@h/db' })?.host).toBe('0.0.0.0');
    expect(readWebAppConfig({ HOST: '0.0.0.0' })?.host).toBe('0.0.0.0');
    expect(readWebAppConfig({ DATABASE_URL: 'postgres://u@h/db', HOST: '127.0.0.1' })?.host).toBe(
      '127.0.0.1',
    );
  });

  it('serves no dashboard with WEB_PORT=off', () => {
    expect(readWebAppConfig({ WEB_PORT: 'off' })).toBeUndefined();
    expect(readWebAppConfig({ WEB_PORT: ' OFF ' })).toBeUndefined();
  });

  it('rejects a port that is neither a number nor off', () => {
    expect(() => readWebAppConfig({ WEB_PORT: 'of' })).toThrow(/WEB_PORT/);
  });

  it("takes the gateways' URLs behind a proxy as paths or absolute URLs, both or neither", () => {
    expect(readWebAppConfig({})?.gatewayUrls).toBeUndefined();
    expect(
      readWebAppConfig({ WEB_WRITE_URL: '/write/graphql', WEB_READ_URL: 'https://api.example/read' })
        ?.gatewayUrls,
    ).toEqual({ write: '/write/graphql', read: 'https://api.example/read' });
    expect(() => readWebAppConfig({ WEB_WRITE_URL: '/write/graphql' })).toThrow(/WEB_READ_URL/);
    expect(() => readWebAppConfig({ WEB_WRITE_URL: '//evil.example/x', WEB_READ_URL: '/r' })).toThrow(
      /WEB_WRITE_URL must be a path/,
    );
    expect(() => readWebAppConfig({ WEB_WRITE_URL: '/w', WEB_READ_URL: 'ftp://x/graphql' })).toThrow(
      /WEB_READ_URL/,
    );
  });
});
