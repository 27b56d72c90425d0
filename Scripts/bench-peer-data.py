#!/usr/bin/env python3
"""Writes peer data sets with the same record count as a Recourse benchmark journal.

taskwarrior: TASKDATA/pending.data and completed.data in Taskwarrior 2.6's FF4 format, ~2% pending
(due times spread around the reference moment, so about half are overdue), the rest completed.
jrnl: a plain-text journal of N entries in jrnl's "[YYYY-MM-DD HH:MM] text" format.
Text mixes Chinese and English like the Recourse seed. Deterministic for a given N.
"""
import os, random, sys, uuid

kind, count, target, now = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
rng = random.Random(2026)
zh = ["转账失败，资金未到账", "信用卡年费被误扣", "快递丢失申请赔偿", "套餐被擅自变更多扣费", "退款迟迟未到账"]
en = ["Card payment taken twice", "Refund not received after return", "Broadband outage for a week", "Charged for a cancelled subscription"]
start = now - 2 * 365 * 86400

def text(i):
    return (zh[i % len(zh)] if i % 2 == 0 else en[i % len(en)]) + f" #{i}"

if kind == "taskwarrior":
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "pending.data"), "w") as pending, open(os.path.join(target, "completed.data"), "w") as done:
        for i in range(count):
            entry = start + i * (2 * 365 * 86400) // max(count, 1)
            u = uuid.UUID(int=rng.getrandbits(128), version=4)
            description = text(i).replace('"', "'")
            if rng.random() < 0.02:
                due = now + rng.randrange(20 * 86400) - 10 * 86400
                pending.write(f'[description:"{description}" due:"{due}" entry:"{entry}" modified:"{entry}" status:"pending" uuid:"{u}"]\n')
            else:
                done.write(f'[description:"{description}" due:"{entry + 3 * 86400}" end:"{entry + 86400}" entry:"{entry}" modified:"{entry + 86400}" status:"completed" uuid:"{u}"]\n')
    open(os.path.join(target, "taskrc"), "w").write(f"data.location={target}\nconfirmation=no\nverbose=nothing\ngc=off\nhooks=off\n")
elif kind == "jrnl":
    os.makedirs(target, exist_ok=True)
    import time
    with open(os.path.join(target, "journal.txt"), "w") as journal:
        for i in range(count):
            stamp = time.strftime("%Y-%m-%d %H:%M", time.gmtime(start + i * (2 * 365 * 86400) // max(count, 1)))
            journal.write(f"[{stamp}] {text(i)}. Agent 工号 {1000 + i % 9000}, ref REF-{i}.\n\n")
    open(os.path.join(target, "jrnl.yaml"), "w").write(
        "colors: {body: none, date: none, tags: none, title: none}\ndefault_hour: 9\ndefault_minute: 0\neditor: ''\n"
        "encrypt: false\nhighlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {target}/journal.txt\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n")
else:
    sys.exit(f"unknown peer {kind}")
