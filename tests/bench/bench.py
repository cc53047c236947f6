#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Officina authors
"""Officina's benchmark harness, run by `meson test --benchmark`.

Every figure is printed beside its baseline measured in the same run, because this machine
is shared and noisy: core search beside a raw FTS5 query, officina-cli beside the sqlite3
shell running that raw query, the app's cold start and memory beside a bare GTK 4 window.
The dataset is generated once with `officina-cli demo` and reused.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def log(message):
    print(message, flush=True)


def ensure_dataset(cli, path, clients, seed):
    if os.path.exists(path):
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    partial = path + '.partial'
    for suffix in ('', '-wal', '-shm'):
        if os.path.exists(partial + suffix):
            os.remove(partial + suffix)
    log(f'generating {clients} clients into {path} (once) …')
    start = time.monotonic()
    subprocess.run([cli, '--db', partial, 'demo', '--clients', str(clients), '--seed', str(seed)],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([cli, '--db', partial, 'db', 'check'], check=True, stdout=subprocess.DEVNULL)
    os.rename(partial, path)
    log(f'  done in {time.monotonic() - start:.1f} s')


def ensure_orders_dataset(generator, path, clients, orders, seed):
    """300,000 clients and 1,000,000 orders (about ten minutes here), made once."""
    if os.path.exists(path):
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    partial = path + '.partial'
    for suffix in ('', '-wal', '-shm'):
        if os.path.exists(partial + suffix):
            os.remove(partial + suffix)
    log(f'generating {clients} clients and {orders} orders into {path} (once) …')
    start = time.monotonic()
    subprocess.run([generator, 'generate', partial, str(clients), str(orders), str(seed)],
                   check=True, stdout=subprocess.DEVNULL)
    os.rename(partial, path)
    log(f'  done in {time.monotonic() - start:.0f} s')


def percentiles(samples):
    ordered = sorted(samples)
    return ordered[len(ordered) // 2], ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def time_command(argv, runs, env=None):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def fts_expression(query):
    digits = ''.join(c for c in query if c.isdigit())
    if digits and all(c in '0123456789 +-().' for c in query):
        if len(digits) == 11 and digits[0] == '8':
            digits = '7' + digits[1:]
        return f'"{digits}"*'
    return ' '.join(f'"{word.lower()}"*' for word in query.split())


def bench_cli(args):
    queries = ['иванов', 'Иван', 'ив', '926 123', '+7 (926) 123-45-67', '89261234567', 'vip']
    log(f'{"client search end to end (ms)":34} {"cli p50":>9} {"cli p95":>9}   '
        f'{"sqlite3 p50":>11} {"sqlite3 p95":>11}')
    for query in queries:
        cli = time_command([args.cli, '--db', args.dataset, '--json', 'client', 'search', query],
                           args.runs)
        sql = ('SELECT rowid FROM client_fts WHERE client_fts MATCH '
               f"'{fts_expression(query)}' ORDER BY rowid DESC LIMIT 50;")
        raw = time_command(['sqlite3', args.dataset, sql], args.runs)
        log(f'{query:34} {percentiles(cli)[0]:9.1f} {percentiles(cli)[1]:9.1f}   '
            f'{percentiles(raw)[0]:11.1f} {percentiles(raw)[1]:11.1f}')


def run_until_ready(argv, env):
    """Spawns a probed GUI program; returns (ms to its first painted idle frame, RSS in kB,
    its other output lines)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                               text=True)
    ready_ms = None
    rss_kb = None
    notes = []
    for line in process.stdout:
        if line.startswith('ready') and ready_ms is None:
            ready_ms = (time.perf_counter() - start) * 1000
        elif line.startswith('rss-kb'):
            fields = line.split()
            rss_kb = {fields[i]: int(fields[i + 1]) for i in range(0, len(fields), 2)}
        else:
            notes.append(line.rstrip())
    process.wait(timeout=600)
    if ready_ms is None:
        raise RuntimeError(f'{argv[0]} never became ready')
    return ready_ms, rss_kb, notes


# Xvfb has no GPU: GTK's default renderer would run OpenGL in software (llvmpipe), compiling
# shaders on the CPU and keeping "video" memory in the process; the cairo renderer draws on
# the CPU without that emulation. Officina itself picks cairo on a machine without a GPU
# device (src/gui/ofc-renderer.c), while the bare window keeps GTK's default. So three
# pairs: both on cairo, each on its own default (here: Officina cairo, the bare window GL
# in software), and both on GL in software. A real GPU behaves like none of them.
RENDERERS = (('cairo renderer, both', 'cairo'),
             ('each program\'s own default', None),
             ('GL in software, both', 'gl'))


def gui_env(renderer, extra=None):
    env = dict(os.environ, OFFICINA_BENCH='1', NO_AT_BRIDGE='1', GTK_A11Y='none')
    env.pop('GSK_RENDERER', None)
    if renderer is not None:
        env['GSK_RENDERER'] = renderer
    env.update(extra or {})
    return env


def bench_startup(args):
    app = [args.app, '--database', args.dataset]
    bare = [args.bare]
    log(f'{"cold start to painted, idle window":40} {"p50 ms":>8} {"min ms":>8}')
    for label, renderer in RENDERERS:
        apps, bares = [], []
        for _ in range(args.runs):
            apps.append(run_until_ready(app, gui_env(renderer))[0])
            bares.append(run_until_ready(bare, gui_env(renderer))[0])
        app_p50, bare_p50 = statistics.median(apps), statistics.median(bares)
        log(f'-- {label}')
        log(f'{"officina, 300,000 clients":40} {app_p50:8.0f} {min(apps):8.0f}')
        log(f'{"bare GTK 4 window":40} {bare_p50:8.0f} {min(bares):8.0f}')
        log(f'ratio officina / bare window: {app_p50 / bare_p50:.2f} (target <= 2.0)')


def bench_memory(args):
    searches = 'иванов;Иван;ив;926 123;+7 (926) 123-45-67;89261234567;vip;смирнова анна'
    log(f'{"resident memory after searching, MB":40} {"total":>8} {"anon":>8} {"files":>8}')
    for label, renderer in RENDERERS:
        app = run_until_ready([args.app, '--database', args.dataset],
                              gui_env(renderer, {'OFFICINA_BENCH_SEARCH': searches,
                                                 'OFFICINA_BENCH_PAGE': 'clients'}))[1]
        bare = run_until_ready([args.bare], gui_env(renderer))[1]
        log(f'-- {label}')
        for name, rss in (('officina, 300,000 clients', app), ('bare GTK 4 window', bare)):
            log(f'{name:40} {rss["rss-kb"] / 1024:8.1f} {rss["anon-kb"] / 1024:8.1f} '
                f'{rss["file-kb"] / 1024:8.1f}')
        log(f'difference: {(app["rss-kb"] - bare["rss-kb"]) / 1024:.1f} MB (target <= 50 MB)')


def bench_orders_page(args):
    """The orders page's first screen: the page alone in a window already shown, beside a
    label set in the same window; then the app's cold start, which opens on the orders
    page, beside the bare window."""
    app = [args.app, '--database', args.orders_dataset]
    # once each, unmeasured: the database's first pages come into the page cache
    run_until_ready(app, gui_env('cairo'))
    run_until_ready([args.bare], gui_env('cairo'))
    for label, renderer in RENDERERS:
        log(f'-- {label}')
        subprocess.run([args.page_bench, args.orders_dataset, str(args.gui_runs)], check=True,
                       env=gui_env(renderer))
        apps, bares = [], []
        for _ in range(args.gui_runs):
            apps.append(run_until_ready(app, gui_env(renderer))[0])
            bares.append(run_until_ready([args.bare], gui_env(renderer))[0])
        log(f'{"cold start to painted, idle window":44} {"p50 ms":>8} {"min ms":>8}')
        log(f'{"officina on the orders page, 1,000,000":44} {statistics.median(apps):8.0f} '
            f'{min(apps):8.0f}')
        log(f'{"bare GTK 4 window":44} {statistics.median(bares):8.0f} {min(bares):8.0f}')


def log_rss(name, rss):
    log(f'{name:44} {rss["rss-kb"] / 1024:8.1f} {rss["anon-kb"] / 1024:8.1f} '
        f'{rss["file-kb"] / 1024:8.1f}')


def bench_orders_memory(args):
    """Resident memory once the orders list has been scrolled from top to end, one jump
    per frame, beside the app at rest on the same page and the bare window."""
    app = [args.app, '--database', args.orders_dataset]
    scroll = {'OFFICINA_BENCH_SCROLL': str(args.scroll_steps)}
    log(f'{"resident memory, MB":44} {"total":>8} {"anon":>8} {"files":>8}')
    for label, renderer in RENDERERS:
        rest = run_until_ready(app, gui_env(renderer))[1]
        _, scrolled, notes = run_until_ready(app, gui_env(renderer, scroll))
        bare = run_until_ready([args.bare], gui_env(renderer))[1]
        log(f'-- {label}')
        log_rss('officina, orders page at rest', rest)
        log_rss('officina, orders list scrolled to its end', scrolled)
        log_rss('bare GTK 4 window', bare)
        for note in notes:
            log(f'  ({note})')
        log(f'difference scrolled - bare: {(scrolled["rss-kb"] - bare["rss-kb"]) / 1024:.1f} MB '
            '(target <= 100 MB)')


def bench_orders(args):
    subprocess.run([args.orders_bench, 'measure', args.orders_dataset, '300'], check=True)


# the modes on the million-order dataset
ORDERS_MODES = {'orders': bench_orders, 'orders-page': bench_orders_page,
                'orders-memory': bench_orders_memory}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('what', choices=['client-search', 'cli-search', 'startup', 'memory',
                                         'orders', 'orders-page', 'orders-memory'])
    parser.add_argument('--cli', required=True)
    parser.add_argument('--dataset', required=True)
    parser.add_argument('--clients', type=int, default=300000)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--runs', type=int, default=30)
    parser.add_argument('--core-bench')
    parser.add_argument('--app')
    parser.add_argument('--bare')
    parser.add_argument('--orders-bench')
    parser.add_argument('--orders-dataset')
    parser.add_argument('--page-bench')
    parser.add_argument('--gui-runs', type=int, default=10)
    parser.add_argument('--scroll-steps', type=int, default=2000)
    args = parser.parse_args()
    if args.what in ORDERS_MODES:
        ensure_orders_dataset(args.orders_bench, args.orders_dataset, 300000, 1000000, 42)
        ORDERS_MODES[args.what](args)
        return 0
    ensure_dataset(args.cli, args.dataset, args.clients, args.seed)
    if args.what == 'client-search':
        subprocess.run([args.core_bench, args.dataset], check=True)
    elif args.what == 'cli-search':
        bench_cli(args)
    elif args.what == 'startup':
        bench_startup(args)
    else:
        bench_memory(args)


if __name__ == '__main__':
    sys.exit(main())
