#!/usr/bin/env python3
"""Scale-out check (issue 10 item 5), driven by tools/scaleout/run.sh: two server instances
(A, B) on one PostgreSQL database behind the round-robin proxy (server/examples/proxy.rs).

1. Sessions: sign in through the proxy; the session works on both instances (through the
   proxy, which alternates, and on each instance directly).
2. Top-ups: a retry of a top-up on the other instance replays the same payment; the same
   Idempotency-Key sent to A and B at the same moment makes one payment.
3. Jobs: an auto-payment rule that always fires, then the job runner on both instances at
   once, twice each, at the start of next month: every job
   runs exactly once, one monthly fee per account and period, no auto-payment twice, and
   every cached balance equals its ledger sum.

Prints each figure; exits 1 on any failure. Standard library only; the database is read
with `psql`.
"""
import argparse
import datetime
import http.client
import json
import subprocess
import threading
import urllib.parse
import uuid

FAILURES = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        FAILURES.append(what)


class Client:
    def __init__(self, url, cookie="", csrf=""):
        p = urllib.parse.urlsplit(url)
        self.host, self.port, self.cookie, self.csrf = p.hostname, p.port, cookie, csrf

    def at(self, url):
        return Client(url, self.cookie, self.csrf)

    def call(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        h = {"Cookie": self.cookie, "X-CSRF-Token": self.csrf}
        if body is not None:
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        conn.request(method, path, json.dumps(body) if body is not None else None, h)
        res = conn.getresponse()
        raw = res.read()
        set_cookies = res.headers.get_all("Set-Cookie") or []
        upstream = res.headers.get("X-Upstream")
        conn.close()
        try:
            data = json.loads(raw) if raw else None
        except ValueError:
            data = raw
        return res.status, data, upstream, set_cookies


def psql(db, sql):
    out = subprocess.run(["psql", "-At", "-F", "\t", db, "-c", sql], check=True,
                         capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line.strip()]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--proxy", required=True)
    p.add_argument("--a", required=True)
    p.add_argument("--b", required=True)
    p.add_argument("--db", required=True)
    args = p.parse_args()
    proxy = Client(args.proxy)

    # 1. Sessions on either instance.
    status, info, up, cookies = proxy.call("POST", "/api/auth/sign-in", {"login": "ivanov", "password": "Demo-Passw0rd"})
    check(status == 200, f"sign-in through the proxy (served by instance {up}): {status}")
    pairs = [c.split(";", 1)[0] for c in cookies]
    proxy.cookie = "; ".join(pairs)
    proxy.csrf = next((c.split("=", 1)[1] for c in pairs if c.startswith("mymts_csrf=")), "")
    served = {}
    for _ in range(6):
        status, _, up, _ = proxy.call("GET", "/api/session")
        served.setdefault(up, []).append(status)
    check(set(served) == {"0", "1"} and all(s == 200 for v in served.values() for s in v),
          f"the session works through the proxy on both instances: {served}")
    a, b = proxy.at(args.a), proxy.at(args.b)
    sa, sb = a.call("GET", "/api/session")[0], b.call("GET", "/api/session")[0]
    check(sa == 200 and sb == 200, f"the session works on A and B directly: {sa}, {sb}")

    status, dash, _, _ = proxy.call("GET", "/api/dashboard")
    account = dash["selected"]["account"]["id"]
    card = {"account_id": account, "amount": 10_000, "card_number": "4111111111111111",
            "expiry": "12/35", "cvc": "123", "save_card": True}

    # 2. Top-ups across instances.
    key = str(uuid.uuid4())
    s1, p1, _, _ = a.call("POST", "/api/payments/card", card, {"Idempotency-Key": key})
    s2, p2, _, _ = b.call("POST", "/api/payments/card", card, {"Idempotency-Key": key})
    check(s1 == 201 and s2 == 201 and p1["id"] == p2["id"],
          f"a retry on the other instance replays the payment: {s1} {s2}")
    results, card["save_card"] = [], False
    for _ in range(5):
        key = str(uuid.uuid4())
        gate = threading.Barrier(4)

        def send(c):
            gate.wait()
            results.append((key, c.call("POST", "/api/payments/card", card, {"Idempotency-Key": key})))

        threads = [threading.Thread(target=send, args=(c,)) for c in (a, b, a, b)]
        [t.start() for t in threads]
        [t.join() for t in threads]
    by_key = {}
    for k, (s, data, _, _) in results:
        by_key.setdefault(k, set()).add((s, data.get("id") if isinstance(data, dict) else None))
    one_each = all(len(v) == 1 and next(iter(v))[0] == 201 for v in by_key.values())
    ids = "','".join(next(iter(v))[1] or "" for v in by_key.values())
    rows = psql(args.db, f"SELECT COUNT(*) FROM payments WHERE id IN ('{ids}')")
    entries = psql(args.db, f"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'payment' AND payment_id IN ('{ids}')")
    check(one_each and rows[0][0] == "5" and entries[0][0] == "5",
          f"5 keys each sent 4 times at once to A and B: one payment each ({rows[0][0]} payments, {entries[0][0]} ledger entries)")

    # 3. Jobs on both instances at once.
    status, cards, _, _ = proxy.call("GET", "/api/cards")
    card_id = cards[0]["id"]
    status, balance_dash, _, _ = proxy.call("GET", f"/api/dashboard?account={account}")
    balance = balance_dash["selected"]["account"]["balance"]
    rule = {"account_id": account, "card_id": card_id,
            "trigger": {"trigger": "balance_below", "threshold": balance + 10_000_000},
            "amount": 30_000, "daily_cap": 60_000, "monthly_cap": 150_000}
    status, created, _, _ = proxy.call("POST", "/api/autopay", rule, {"Idempotency-Key": str(uuid.uuid4())})
    check(status in (200, 201), f"an auto-payment rule that always fires: {status} {created if status >= 300 else ''}")
    today = datetime.date.today()
    first = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    now = f"{first.isoformat()}T01:00:00Z"
    reports = []
    for _ in range(2):
        gate = threading.Barrier(4)

        def run(c):
            gate.wait()
            reports.append(c.call("POST", "/api/dev/jobs/run", {"now": now}))

        threads = [threading.Thread(target=run, args=(c,)) for c in (a, b, a, b)]
        [t.start() for t in threads]
        [t.join() for t in threads]
    ok = all(r[0] == 200 for r in reports)
    done = sum(r[1]["done"] for r in reports if r[0] == 200)
    claimed = sum(r[1]["claimed"] for r in reports if r[0] == 200)
    failed = sum(r[1]["failed"] for r in reports if r[0] == 200)
    check(ok and failed == 0, f"8 runs of the job runner (4 on each instance, at {now}): claimed {claimed}, done {done}, failed {failed}")
    for row in psql(args.db, "SELECT j.kind, j.dedupe_key, r.outcome, r.detail FROM job_runs r JOIN jobs j ON j.id = r.job_id WHERE r.outcome IN ('failed', 'retry', 'lost')"):
        print("     not done: " + " | ".join(row))
    twice = psql(args.db, "SELECT job_id FROM job_runs WHERE outcome = 'done' GROUP BY job_id HAVING COUNT(*) > 1")
    jobs = psql(args.db, "SELECT COUNT(*), COUNT(*) FILTER (WHERE status = 'done') FROM jobs")
    runners = psql(args.db, "SELECT runner, COUNT(*) FROM job_runs GROUP BY runner ORDER BY runner")
    check(not twice, f"each job done exactly once: {jobs[0][1]} of {jobs[0][0]} jobs done, {len(twice)} done twice; runs by runner {runners}")
    fee_dupes = psql(args.db, "SELECT service_account_id, explanation FROM ledger_entries WHERE kind = 'subscription_fee' "
                              "GROUP BY service_account_id, explanation HAVING COUNT(*) > 1")
    fees = psql(args.db, f"SELECT COUNT(*) FROM ledger_entries WHERE kind = 'subscription_fee' AND explanation LIKE '%{first.isoformat()}%'")
    check(not fee_dupes and int(fees[0][0]) > 0, f"monthly fees of {first.isoformat()}: {fees[0][0]}, duplicated: {len(fee_dupes)}")
    attempts = psql(args.db, "SELECT COUNT(*), COUNT(DISTINCT payment_id), COUNT(payment_id), COALESCE(SUM(amount) FILTER (WHERE payment_id IS NOT NULL), 0) FROM autopay_attempts")
    n, distinct, with_payment, paid = (int(x) for x in attempts[0])
    autopay_entries = psql(args.db, "SELECT COUNT(*) FROM ledger_entries e JOIN autopay_attempts t ON t.payment_id = e.payment_id WHERE e.kind = 'payment'")
    check(n > 0 and distinct == with_payment and int(autopay_entries[0][0]) == with_payment and paid <= 60_000,
          f"auto-payments: {n} attempts, {with_payment} paid ({paid} kopecks, daily cap 60000), {autopay_entries[0][0]} ledger entries, none twice")
    status, ledger, _, _ = proxy.call("GET", "/api/dev/ledger-check")
    check(status == 200 and not ledger["mismatches"],
          f"ledger check: {ledger['accounts']} accounts, {ledger['entries']} entries, {len(ledger['mismatches'])} mismatches")
    print(f"scale-out API check: {len(FAILURES)} failure(s)")
    raise SystemExit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
