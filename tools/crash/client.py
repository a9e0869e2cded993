#!/usr/bin/env python3
"""Crash-safety client (issue 10 item 2), driven by tools/crash/run.sh.

Runs card top-ups (approving sandbox card, each with its own Idempotency-Key) from WORKERS
threads against a server that run.sh kill -9s and restarts meanwhile. A request without an
answer (connection refused/reset, timeout, 5xx) is retried with the same key until it is
answered. When STOP_FILE appears, no new payment starts; pending ones are retried until
acknowledged. Then every acknowledged key is sent once more (the answer must name the same
payment), and the database is checked: every acknowledged payment exists exactly once with
exactly one ledger entry, no payment of the run exists that the client was not told about,
and /api/dev/ledger-check finds no cached balance that differs from its ledger sum.

Prints acknowledged / lost / duplicated and exits 1 unless lost = duplicated = 0.
Python 3.11 standard library only; PostgreSQL is queried through `psql`.
"""
import argparse
import http.client
import json
import os
import random
import sqlite3
import subprocess
import threading
import time
import urllib.parse

AMOUNT = 12_345  # kopecks: marks the payments of this run


class Server:
    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname, parts.port
        self.cookie = ""
        self.csrf = ""

    def request(self, method, path, body=None, headers=None, timeout=10):
        """(status, parsed body) or None when there was no answer."""
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            h = {"Cookie": self.cookie, "X-CSRF-Token": self.csrf}
            if body is not None:
                h["Content-Type"] = "application/json"
            h.update(headers or {})
            conn.request(method, path, json.dumps(body) if body is not None else None, h)
            res = conn.getresponse()
            raw = res.read()
            cookies = res.headers.get_all("Set-Cookie") or []
            try:
                data = json.loads(raw) if raw else None
            except ValueError:
                data = None
            return res.status, data, cookies
        except (OSError, http.client.HTTPException):
            return None
        finally:
            conn.close()

    def sign_in(self, login, password, deadline):
        while time.time() < deadline:
            r = self.request("POST", "/api/auth/sign-in", {"login": login, "password": password}, timeout=30)
            if r and r[0] == 200:
                pairs = [c.split(";", 1)[0] for c in r[2]]
                self.cookie = "; ".join(pairs)
                self.csrf = next(p.split("=", 1)[1] for p in pairs if p.startswith("mymts_csrf="))
                return
            time.sleep(0.2)
        raise SystemExit("could not sign in")

    def until_answered(self, method, path, body=None, headers=None, give_up=180):
        """Retries (same request, same key) until a non-5xx answer; counts the retries."""
        retries, end = 0, time.time() + give_up
        while time.time() < end:
            r = self.request(method, path, body, headers)
            if r is not None and r[0] < 500:
                return r[0], r[1], retries
            retries += 1
            time.sleep(random.uniform(0.05, 0.2))
        return None, None, retries


def db_rows(db_url, account_id, since):
    """(payment id, ledger entries of kind payment) of every payment of this run."""
    sql = (
        "SELECT p.id, (SELECT COUNT(*) FROM ledger_entries e WHERE e.payment_id = p.id "
        "AND e.kind = 'payment') FROM payments p WHERE p.service_account_id = {a} "
        "AND p.amount = {amt} AND p.created_at >= {since}"
    ).format(a=int(account_id), amt=AMOUNT, since=int(since))
    if db_url.startswith("sqlite://"):
        path = db_url[len("sqlite://"):].split("?", 1)[0]
        with sqlite3.connect(path) as db:
            return [(r[0], int(r[1])) for r in db.execute(sql)]
    out = subprocess.run(["psql", "-At", "-F", "\t", db_url, "-c", sql], check=True,
                         capture_output=True, text=True).stdout
    return [(l.split("\t")[0], int(l.split("\t")[1])) for l in out.splitlines() if l.strip()]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True)
    p.add_argument("--db", required=True, help="the server's database URL (sqlite://... or postgres://...)")
    p.add_argument("--stop-file", required=True)
    p.add_argument("--workers", type=int, default=8)
    p.add_argument("--login", default="ivanov")
    p.add_argument("--password", default="Demo-Passw0rd")
    args = p.parse_args()

    server = Server(args.url)
    server.sign_in(args.login, args.password, time.time() + 120)
    status, dash, _ = server.until_answered("GET", "/api/dashboard")
    if status != 200:
        raise SystemExit(f"dashboard answered {status}")
    account_id = dash["selected"]["account"]["id"]
    since = int(time.time()) - 1
    run = f"crash-{os.getpid()}-{int(time.time())}"

    acked, lock = {}, threading.Lock()
    stats = {"retries": 0, "unacknowledged": 0, "refused": {}, "started": 0}

    def body():
        return {"account_id": account_id, "amount": AMOUNT, "card_number": "4111111111111111",
                "expiry": "12/35", "cvc": "123", "save_card": False}

    def worker(w):
        n = 0
        while not os.path.exists(args.stop_file):
            key = f"{run}-{w}-{n}"
            n += 1
            with lock:
                stats["started"] += 1
            status, data, retries = server.until_answered(
                "POST", "/api/payments/card", body(), {"Idempotency-Key": key})
            with lock:
                stats["retries"] += retries
                if status == 201:
                    acked[key] = data["id"]
                elif status is None:
                    stats["unacknowledged"] += 1
                else:
                    stats["refused"][status] = stats["refused"].get(status, 0) + 1

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    # Every acknowledged key again: the answer must be the same payment (a replay).
    replay_mismatch = 0
    for key, pid in acked.items():
        status, data, _ = server.until_answered("POST", "/api/payments/card", body(), {"Idempotency-Key": key})
        if status != 201 or data.get("id") != pid:
            replay_mismatch += 1

    rows = db_rows(args.db, account_id, since)
    in_db = {}
    for pid, entries in rows:
        in_db.setdefault(pid, []).append(entries)
    acked_ids = set(acked.values())
    lost = sum(1 for pid in acked_ids if pid not in in_db or in_db[pid] != [1])
    duplicated = (len(acked) - len(acked_ids))  # two keys answered with one payment
    duplicated += sum(1 for pid in in_db if pid not in acked_ids)  # paid, never acknowledged
    duplicated += sum(max(0, e - 1) for v in in_db.values() for e in v) + sum(len(v) - 1 for v in in_db.values())
    status, check, _ = server.until_answered("GET", "/api/dev/ledger-check")
    mismatches = len(check["mismatches"]) if status == 200 else -1

    print(f"started={stats['started']} acknowledged={len(acked)} lost={lost} duplicated={duplicated} "
          f"unacknowledged={stats['unacknowledged']} refused={stats['refused'] or 0} "
          f"retries={stats['retries']} replays_differing={replay_mismatch} payments_in_db={len(rows)} "
          f"ledger_accounts={check.get('accounts') if check else '?'} ledger_mismatches={mismatches}")
    ok = (lost == 0 and duplicated == 0 and stats["unacknowledged"] == 0 and not stats["refused"]
          and replay_mismatch == 0 and mismatches == 0 and len(acked) > 0)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
