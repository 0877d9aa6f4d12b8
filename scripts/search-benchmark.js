#!/usr/bin/env node
/*
 * Times search on a built site in headless Chromium, opened from disk and served over HTTP under
 * /my-blog/, and counts the bytes each query loads.
 *
 *     node scripts/search-benchmark.js SITE [QUERY ...]
 *
 * SITE is a built output folder (built with --base-url http://127.0.0.1/my-blog/ for the served
 * run to follow its links; search itself works either way). Needs Debian's chromium and
 * puppeteer-core, which this project does not depend on: `npm install --prefix /tmp/pp puppeteer-core`
 * and run with NODE_PATH=/tmp/pp/node_modules. For each query and each way of opening, prints the
 * time from the start of navigation to the first result on screen (median of RUNS, default 5,
 * each a fresh page) and the bytes of the manifest and shards the query loaded (the search page,
 * style sheet and scripts apart).
 */
const http = require('http');
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const site = path.resolve(process.argv[2] || 'target/site');
const queries = process.argv.length > 3 ? process.argv.slice(3) : ['governo italiano', 'banca d\'italia', 'ministro economia', 'sanità pubblica', 'scuola'];
const runs = Number(process.env.RUNS || 5);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.xml': 'application/xml' };

const server = http.createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  if (!url.pathname.startsWith('/my-blog/')) { response.writeHead(404); response.end(); return; }
  let file = path.join(site, decodeURIComponent(url.pathname.slice('/my-blog/'.length)));
  if (!file.startsWith(site)) { response.writeHead(403); response.end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) { file = path.join(file, 'index.html'); }
  fs.readFile(file, (error, body) => {
    if (error) { response.writeHead(404); response.end(); return; }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    response.end(body);
  });
});

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function once(browser, url) {
  const page = await browser.newPage();
  const client = await page.target().createCDPSession();
  await client.send('Network.enable');
  await client.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map();
  let shardBytes = 0;
  client.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  client.on('Network.loadingFinished', (e) => {
    if (/search-index\.js|\/search\/(terms|excerpts)\//.test(urls.get(e.requestId) || '')) { shardBytes += e.encodedDataLength; }
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The first result, or the word that there is none.
  await page.waitForFunction(() => document.querySelector('#search-results li')
    || document.getElementById('search-status').textContent !== document.getElementById('search-status').getAttribute('data-hint'), { timeout: 10000 });
  const ms = await page.evaluate(() => performance.now());
  await page.waitForNetworkIdle({ idleTime: 200 });
  const status = await page.$eval('#search-status', (e) => e.textContent);
  await page.close();
  return { ms, shardBytes, status };
}

(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: 'new',
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'] });
  for (const query of queries) {
    const q = encodeURIComponent(query);
    for (const [how, url] of [['disk', 'file://' + site + '/search/index.html?q=' + q], ['http /my-blog/', 'http://127.0.0.1:' + port + '/my-blog/search/?q=' + q]]) {
      const results = [];
      for (let i = 0; i < runs; i++) { results.push(await once(browser, url)); }
      console.log(`${JSON.stringify(query).padEnd(20)} ${how.padEnd(15)} first results ${Math.round(median(results.map((r) => r.ms)))} ms`
        + `  index loaded ${(median(results.map((r) => r.shardBytes)) / 1024).toFixed(1)} KiB  (${results[0].status})`);
    }
  }
  await browser.close();
  server.close();
})();
