"""The proving ground: a deterministic web of fictional residency program sites on 127.0.0.1.

Entry points: :func:`demoweb.generate.build_web`, :func:`demoweb.server.run_server`,
:func:`demoweb.server.running_web`, and ``DemoWeb.truth()`` for the ground truth.
"""
