#!/usr/bin/env python3
"""Save -> reload latency of `pipeline preview`, without a browser: for each save, the time from writing the draft
until the preview's event stream announces a new generation and the re-rendered page has been fetched (what the
reload script does). Usage: save_to_reload.py PIPELINE FOLDER DRAFT_RELATIVE_PATH [SAVES]
PIPELINE is the CLI executable (or a .dll, run with dotnet)."""
import http.client, os, socket, statistics, subprocess, sys, threading, time, urllib.parse, urllib.request

cli, folder, draft = sys.argv[1], sys.argv[2], sys.argv[3]
saves = int(sys.argv[4]) if len(sys.argv) > 4 else 30
with socket.socket() as s:
    s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
command = ["dotnet", cli] if cli.endswith(".dll") else [cli]
proc = subprocess.Popen(command + ["preview", folder, "--port", str(port)], stdout=subprocess.PIPE, text=True, cwd="/tmp")
started = time.monotonic()
for line in proc.stdout:
    print(line.rstrip(), file=sys.stderr)
    if "Serving" in line:
        break
print(f"startup: {time.monotonic() - started:.2f} s", file=sys.stderr)
threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()

events = []
cond = threading.Condition()
def listen():
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", "/_preview/events")
    resp = conn.getresponse()
    while True:
        line = resp.fp.readline().decode()
        if line.startswith("data:"):
            with cond:
                events.append(int(line[5:].strip())); cond.notify_all()
threading.Thread(target=listen, daemon=True).start()
with cond:
    cond.wait_for(lambda: events, timeout=10)

path = os.path.join(folder, draft)
original = open(path, encoding="utf-8").read()
times = []
try:
    for i in range(saves):
        marker = f"save-marker-{i}-{time.time_ns()}"
        seen = len(events)
        t0 = time.monotonic()
        with open(path, "w", encoding="utf-8") as f:
            f.write(original.rstrip() + "\n\n" + marker + "\n")
        with cond:
            cond.wait_for(lambda: len(events) > seen, timeout=20)
        # What the reload script does next: fetch the page again (here the index, which lists the draft).
        urllib.request.urlopen(f"http://127.0.0.1:{port}/").read()
        t1 = time.monotonic()
        times.append((t1 - t0) * 1000)
        time.sleep(0.2)
finally:
    with open(path, "w", encoding="utf-8") as f:
        f.write(original)
    proc.terminate()
times.sort()
print(f"{folder}: {draft} ({os.path.getsize(path):,} bytes), {len(times)} saves: median {statistics.median(times):.0f} ms, p95 {times[int(len(times) * 0.95)]:.0f} ms, max {times[-1]:.0f} ms")
