#!/usr/bin/env python3
"""Sign-in latency under load: N successful password sign-ins at concurrency C against a
running server; prints p50/p90/p99 and throughput. Each sign-in runs argon2id once, so this
measures the real cost of the endpoint (a benchmark, never a test).

    tools/load/signin.py --url http://127.0.0.1:8080 --requests 200 --concurrency 8

Only failures are throttled, so correct credentials can be repeated at will.
"""
import argparse
import http.client
import json
import statistics
import threading
import time
import urllib.parse


def sign_in(url, login, password):
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    body = json.dumps({"login": login, "password": password})
    start = time.perf_counter()
    conn.request("POST", "/api/auth/sign-in", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    elapsed = time.perf_counter() - start
    conn.close()
    return response.status, elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--login", default="ivanov")
    parser.add_argument("--password", default="Demo-Passw0rd")
    args = parser.parse_args()

    times, statuses, lock = [], {}, threading.Lock()
    remaining = iter(range(args.requests))

    def worker():
        while True:
            with lock:
                if next(remaining, None) is None:
                    return
            status, elapsed = sign_in(args.url, args.login, args.password)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status == 200:
                    times.append(elapsed)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    if not times:
        raise SystemExit(f"no successful sign-in; statuses {statuses}")
    times.sort()
    pct = lambda p: times[min(len(times) - 1, int(p / 100 * len(times)))] * 1000
    print(f"sign-in x{args.requests} at concurrency {args.concurrency}: statuses {statuses}")
    print(f"p50 {pct(50):.0f} ms  p90 {pct(90):.0f} ms  p99 {pct(99):.0f} ms  "
          f"mean {statistics.mean(times) * 1000:.0f} ms  {len(times) / wall:.1f} sign-ins/s")


if __name__ == "__main__":
    main()
