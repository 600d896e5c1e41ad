import { describe, expect, it } from 'vitest';
import { listensOnLoopbackOnly, namesLoopback } from './loopback';

describe('loopback', () => {
  it('tells a loopback listening address from one open to a network', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
      expect(listensOnLoopbackOnly(address), address).toBe(true);
    for (const address of [undefined, '0.0.0.0', '::', '192.168.1.4', 'example.com', '128.0.0.1'])
      expect(listensOnLoopbackOnly(address), String(address)).toBe(false);
  });

  it('takes only names a rebinding page cannot have as a loopback Host', () => {
    for (const host of ['localhost:4000', '127.0.0.1:4001', '[::1]:4002', 'app.localhost:4000', 'LOCALHOST'])
      expect(namesLoopback(host), host).toBe(true);
    for (const host of [
      undefined,
      '',
      'evil.example:4000',
      'localhost.evil.example',
      '192.168.1.4:4000',
      '127.0.0.1.nip.io',
      'a b',
    ])
      expect(namesLoopback(host), String(host)).toBe(false);
  });
});
