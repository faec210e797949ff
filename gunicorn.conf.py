"""Production server settings for gunicorn: `gunicorn -c gunicorn.conf.py`.

Environment: DIRECTORY_BIND (default 127.0.0.1:8000), WEB_CONCURRENCY (workers; default
CPUs + 1), WEB_THREADS (threads per worker; default 16), WEB_REQUEST_READ_SECONDS (the time a
client has to send a request; default 10), plus the app's own DIRECTORY_* settings.
"""

import multiprocessing
import os

# the search's NumPy work is element-wise: no BLAS thread pool in the master, forked into every
# worker (set before the app, and NumPy, are loaded)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

wsgi_app = "directory:create_app()"
bind = os.environ.get("DIRECTORY_BIND", "127.0.0.1:8000")
# CPUs + 1 workers (3 on a 2-CPU machine): a results page is CPU work in Python, so one worker
# per CPU uses the machine, and the one more keeps both CPUs busy while a worker is being
# recycled or waits on the disk. More workers (gunicorn's usual 2 x CPUs + 1, made for
# workers that block) add no throughput for CPU-bound requests, on 2 CPUs they only queue for
# the same cores, and each holds its own copy of the build, which a small, cheap machine has
# little of (the measurements: docs/performance.md).
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
# threaded workers (gunicorn's gthread), with each request read whole in the worker's poller
# before a thread takes it (directory/production.py: Worker): a connection that sends nothing,
# half a request, or a request a byte at a time holds no thread, so slow and partial clients
# cannot stall the site, and no buffering proxy is required in front. A client has
# WEB_REQUEST_READ_SECONDS (default 10) to send its request, headers and body; then it is
# answered 408 and closed (docs/production.md, "Slow and partial clients").
# 16 threads a worker: requests in one worker share one CPU under the GIL either way (the
# number of threads changed neither throughput nor p99 within the noise of the measurements)
worker_class = "directory.production.Worker"
threads = int(os.environ.get("WEB_THREADS", "16"))
# load the app (and its gazetteer) once, then fork: workers share that memory; each worker
# opens the search index on its first request and follows index switches by itself
preload_app = True
timeout = 30
graceful_timeout = 30
keepalive = 5
# a worker is replaced after 5,000-5,500 requests (the jitter keeps workers from being
# replaced together); the new one is forked from the warm master, the build already open,
# so a recycled worker starts warm
max_requests = 5000
max_requests_jitter = 500
limit_request_line = 4094
limit_request_fields = 50
# no control socket (gunicorn opens one by default, and rebound it at every worker boot, at
# a path shared with any other gunicorn run by the same user): this site is managed by
# signals and its service manager only (red-team review D15)
control_socket_disable = True

# access log: time, method, path WITHOUT the query string, status, size, duration.
# No IP address, no query string (search words, postcodes), no referrer, no user agent.
# the path logged is the route's pattern (/service/<service_id>), never what was asked; every
# line of both logs is scrubbed of addresses, query strings and request lines, and gunicorn's
# own error answers carry the security headers (directory/production.py)
logger_class = "directory.production.Logger"
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = "info"


def on_starting(server):
    """Refuse to start, with a clear message, when there is no usable index."""
    import sys

    from directory import config
    from directory.search import index_problem

    problem = index_problem(config.from_environment()["DIRECTORY_INDEX_PATH"])
    if problem:
        print(f"find-support: {problem}", file=sys.stderr)
        sys.exit(1)


def when_ready(server):
    """In the master, before the workers are forked: render each kind of page once, so that
    every worker starts warm (see directory.warm_up)."""
    import gc

    from directory import warm_up

    warm_up(server.app.wsgi())
    # what the master holds now (the opened build: its listings and arrays) is shared with
    # every worker it forks as long as no one writes to it; the collector would, visiting
    # every object in each worker: frozen, it leaves them alone (docs/adr/0002-real-scale.md)
    gc.freeze()


def pre_fork(server, worker):
    """In the master, before each worker is forked: when the index was switched (refresh,
    import, rollback) since the master last warmed the app, warm it on the current build
    first, so that a worker forked after a switch (a recycled one, or one replacing a worker
    that died) starts warm on that build instead of opening it, and rendering its first
    pages, while requests wait."""
    from directory import warm_up, warmed_build
    from directory.search import current_build

    app = server.app.wsgi()
    serving = app.extensions.get("index")
    if serving is None or current_build(serving.root) == warmed_build(app):
        return
    import gc

    try:
        warm_up(app)
    except Exception:  # a build that cannot be opened: the worker says so, as it would have
        server.log.exception("warm-up before forking a worker failed")
    gc.freeze()  # as in when_ready


def post_worker_init(worker):
    """In each worker, once forked: open every new index build in the background as soon as
    it is switched in (refresh, import, rollback), so no request waits for the opening."""
    serving = getattr(worker.wsgi, "extensions", {}).get("index")
    if serving is not None:
        serving.follow()
