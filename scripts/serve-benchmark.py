#!/usr/bin/env python3
"""Times the writing loop: `broadsheet serve` on the benchmark corpus, one article saved at a time.

    python3 scripts/serve-benchmark.py [N] [EDITS] [WARMUP]      (from the project root, after mvn package)

Builds a site of N generated articles (default 10000, with ../shared/bench/gen_corpus.py), starts
`java -jar target/broadsheet.jar serve` on it, listens for reload events like an open page does,
then saves WARMUP articles (default 5: the JVM is still compiling the code the first rebuilds
run) and EDITS articles (default 40) more, in turn a body edit, a title edit and a tag edit (a tag
the site already has added to the article), and a template.
For each save it reports the time from writing the file to receiving the reload event (measured
here, so it includes the watcher and the network) and the time serve itself reports (from the file
event to the reload event sent). Prints the medians and 95th percentiles; writes nothing outside a
temporary folder.
"""
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
EDITS = int(sys.argv[2]) if len(sys.argv) > 2 else 40
WARMUP = int(sys.argv[3]) if len(sys.argv) > 3 else 5
PROJECT = os.getcwd()
JAR = os.path.join(PROJECT, "target", "broadsheet.jar")
BENCH = os.path.normpath(os.path.join(PROJECT, "..", "shared", "bench"))
SITE_YAML = """title: Notizie
description: Benchmark corpus
language: it
timeZone: Europe/Rome
author: Redazione
perPage: 10
feedSize: 20
"""


def retitle(text, suffix):
    """The article with {suffix} added to its title, quoted or not."""
    quoted = re.sub(r'^title: "(.*)"$', lambda m: f'title: "{m.group(1)}{suffix}"', text, count=1, flags=re.M)
    return quoted if quoted != text else re.sub(r"^title: (.*)$", lambda m: f"title: {m.group(1)}{suffix}", text, count=1, flags=re.M)


def retag(text, tag):
    """The article with {tag} added as its first tag (block list, as the corpus writes tags)."""
    return re.sub(r"^tags:\n", f'tags:\n  - "{tag}"\n', text, count=1, flags=re.M)


def percentile(values, share):
    """The value below which {share} of {values} lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(share * len(ordered) + 0.5)) - 1))]


def make_site(root):
    corpus = os.path.join(os.environ.get("BENCH_WORK", "/tmp/broadsheet-bench"), f"corpus-{N}")
    if not os.path.exists(os.path.join(corpus, ".complete")):
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(BENCH, "gen_corpus.py"), str(N), corpus], check=True, stdout=subprocess.DEVNULL)
        open(os.path.join(corpus, ".complete"), "w").close()
    shutil.copytree(os.path.join(PROJECT, "templates"), os.path.join(root, "templates"))
    articles = os.path.join(root, "content", "articles")
    shutil.copytree(corpus, articles, ignore=shutil.ignore_patterns(".complete"))  # a copy: the edits must not reach the cache
    with open(os.path.join(root, "content", "site.yaml"), "w") as f:
        f.write(SITE_YAML)
    return sorted(os.path.join(articles, name) for name in os.listdir(articles) if name.endswith(".md"))


class Events(threading.Thread):
    """Reads the server-sent events stream and notes when each reload event arrives."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(f"GET /__broadsheet/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
        self.arrivals = []
        self.arrived = threading.Condition()

    def run(self):
        buffer = b""
        while True:
            data = self.sock.recv(65536)
            if not data:
                return
            buffer += data
            while b"event: reload" in buffer:
                at = time.monotonic()
                buffer = buffer[buffer.index(b"event: reload") + len(b"event: reload"):]
                with self.arrived:
                    self.arrivals.append(at)
                    self.arrived.notify_all()

    def wait_for(self, count, timeout=120):
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.arrivals) >= count, timeout)
            return self.arrivals[count - 1] if len(self.arrivals) >= count else None


def main():
    if not os.path.exists(JAR):
        sys.exit(f"no {JAR}: run mvn package first")
    root = tempfile.mkdtemp(prefix="broadsheet-serve-")
    try:
        files = make_site(root)
        server = subprocess.Popen(["java", "-jar", JAR, "serve", "--source", root, "--port", "0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        lines = []
        reported = threading.Condition()

        def read_output():
            for line in server.stdout:
                with reported:
                    lines.append(line.rstrip("\n"))
                    reported.notify_all()

        threading.Thread(target=read_output, daemon=True).start()
        with reported:
            reported.wait_for(lambda: any(l.startswith("Serving ") for l in lines) or server.poll() is not None, 600)
        serving = [l for l in lines if l.startswith("Serving ")]
        if not serving:
            sys.exit("serve did not start:\n" + "\n".join(lines))
        port = int(re.search(r":(\d+)/", serving[0]).group(1))
        first = [l for l in lines if l.startswith("Built ")][0]
        print(f"{N} articles; first build: {first}")
        events = Events(port)
        events.start()
        time.sleep(1.0)

        def save(path, change, label):
            count = len(events.arrivals) + 1
            seen = len(lines)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            start = time.monotonic()
            with open(path, "w", encoding="utf-8") as f:
                f.write(change(text))
            arrived = events.wait_for(count)
            with reported:
                reported.wait_for(lambda: any(re.match(r"(Re)?[Bb]uilt ", l) for l in lines[seen:]), 60)
            own = [l for l in lines[seen:] if re.match(r"(Re)?[Bb]uilt ", l)]
            if arrived is None or not own:
                sys.exit(f"no reload after {label}:\n" + "\n".join(lines[seen:]))
            total = (arrived - start) * 1000
            served = int(re.search(r"in (\d+) ms", own[0]).group(1))
            print(f"  {label:<46} write→event {total:7.1f} ms   serve: {own[0]}")
            time.sleep(0.3)
            return total, served

        with open(files[0], encoding="utf-8") as f:
            tags = re.findall(r'^  - "(.*)"$', f.read(), flags=re.M)  # tags the site has
        results = []
        total = WARMUP + EDITS
        step = max(1, len(files) // total)
        for i in range(total):
            path = files[(i * step + 17) % len(files)]
            name = ("warm-up " if i < WARMUP else "") + os.path.basename(path)[:30]
            if i % 3 == 0:
                result = save(path, lambda t, i=i: t.rstrip("\n") + f"\n\nAggiornamento {i}: la redazione ha corretto un dato.\n", "body " + name)
            elif i % 3 == 1:
                result = save(path, lambda t, i=i: retitle(t, f" (agg. {i})"), "title " + name)
            else:
                result = save(path, lambda t: retag(t, tags[0]), "tags " + name)
            if i >= WARMUP:
                results.append(result)
        template = os.path.join(root, "templates", "partials", "teaser.peb")
        full = save(template, lambda t: t.replace('class="teaser"', 'class="teaser" data-bench'), "template partials/teaser.peb")
        totals = [r[0] for r in results]
        served = [r[1] for r in results]
        print(f"article saves: median write→event {statistics.median(totals):.1f} ms, 95th percentile {percentile(totals, 0.95):.1f} ms "
              f"(min {min(totals):.1f}, max {max(totals):.1f}); as serve reports it: median {statistics.median(served):.0f} ms, "
              f"95th percentile {percentile(served, 0.95):.0f} ms, over {len(results)} saves after {WARMUP} warm-up saves")
        print(f"template save: write→event {full[0]:.0f} ms")
        if os.environ.get("BENCH_VERBOSE"):
            print("\n".join(lines))
        server.terminate()
        server.wait(30)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
