// A small W3C WebDriver client over fetch, and the three engines' drivers: ChromeDriver for
// Debian's Chromium, geckodriver (crates.io) for Firefox ESR, WebKitWebDriver for WebKitGTK (under
// Xvfb). playwright-core drives only Chromium here; this drives all three the same way.
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { launchOptions } from './browser.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const ENGINES = {
  chromium: {
    driver: [process.env.CHROMEDRIVER || '/usr/bin/chromedriver', (port) => [`--port=${port}`]],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': { binary: launchOptions.executablePath, args: [...launchOptions.args, '--window-size=1280,900'] },
    },
  },
  firefox: {
    driver: [process.env.GECKODRIVER || `${homedir()}/.cargo/bin/geckodriver`, (port) => [`--port=${port}`]],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless', '-width=1280', '-height=900'],
        // The machine's network is closed: no update checks, telemetry or remote settings.
        prefs: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false },
      },
    },
  },
  webkit: {
    // WebKitGTK draws into an X display even when nothing watches it: xvfb-run gives it one.
    driver: ['xvfb-run', (port) => ['-a', '-s', '-screen 0 1280x900x24', '/usr/bin/WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation', '--geometry=1280x900'],
      },
    },
  },
};

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Starts an engine's driver on `port` and a session in it. */
export async function start(engine, port) {
  const { driver, capabilities } = ENGINES[engine];
  const proc = spawn(driver[0], driver[1](port), { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const status = await (await fetch(`${base}/status`)).json();
      if (status.value?.ready !== false) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error(`${engine}: its driver did not start`);
    await sleep(100);
  }
  const stop = () => {
    try {
      process.kill(-proc.pid);
    } catch {
      // already gone
    }
  };
  try {
    const created = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(`${base}/session/${created.sessionId}`, created.capabilities, stop);
  } catch (e) {
    stop();
    throw e;
  }
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (json.value && json.value.error) throw new Error(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
  return json.value;
}

export class Session {
  constructor(url, capabilities, stop) {
    this.url = url;
    this.capabilities = capabilities;
    this.stopDriver = stop;
  }
  cmd(method, path, body) {
    return call(this.url, method, path, body);
  }
  go(url) {
    return this.cmd('POST', '/url', { url });
  }
  run(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }
  async find(selector) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: selector });
    return el[ELEMENT];
  }
  async click(selector) {
    return this.cmd('POST', `/element/${await this.find(selector)}/click`, {});
  }
  /** Presses and releases one key (a WebDriver key code such as '\uE007' for Enter). */
  key(value) {
    return this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
    });
  }
  async frame(selector) {
    return this.cmd('POST', '/frame', { id: selector ? { [ELEMENT]: await this.find(selector) } : null });
  }
  /** Waits (up to 30 s) until `fn` (run in the page) returns something truthy, and returns it. */
  async until(fn, what, ...args) {
    for (let i = 0; i < 300; i++) {
      const v = await this.run(fn, ...args);
      if (v) return v;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${what}`);
  }
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }
  async quit() {
    try {
      await this.cmd('DELETE', '');
    } finally {
      this.stopDriver();
    }
  }
}
