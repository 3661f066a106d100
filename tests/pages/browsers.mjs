// The two headless browsers every page test runs in (selenium-webdriver with Debian's Chromium and Firefox
// ESR and their drivers, as tools/setup.sh installs them).
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import firefox from 'selenium-webdriver/firefox.js';

export const browsers = {
  chromium: () => new Builder()
    .forBrowser('chrome')
    .setChromeOptions(new chrome.Options()
      .setChromeBinaryPath('/usr/bin/chromium')
      .addArguments('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'))
    .setChromeService(new chrome.ServiceBuilder('/usr/bin/chromedriver'))
    .build(),
  firefox: () => new Builder()
    .forBrowser('firefox')
    .setFirefoxOptions(new firefox.Options().setBinary('/usr/bin/firefox-esr').addArguments('-headless'))
    .setFirefoxService(new firefox.ServiceBuilder(process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver')))
    .build(),
};

/** The page laid out as on paper: in Chromium through its media emulation (until `screenMedia`), in Firefox
 *  (which WebDriver cannot switch to print media) by applying the stylesheets' print rules to the screen. */
export async function printMedia(driver, name) {
  if (name === 'chromium') {
    await driver.sendDevToolsCommand('Emulation.setEmulatedMedia', { media: 'print' });
  } else {
    await driver.executeScript(`for (const sheet of document.styleSheets) for (const rule of sheet.cssRules)
      if (rule.media && rule.media.mediaText === 'print') rule.media.mediaText = 'all';`);
  }
}

/** Chromium back to the screen after `printMedia` (Firefox's page keeps its print rules until reloaded). */
export async function screenMedia(driver, name) {
  if (name === 'chromium') await driver.sendDevToolsCommand('Emulation.setEmulatedMedia', { media: '' });
}
