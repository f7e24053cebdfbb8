"""robots.txt for every request that waited for it, not only the first.

Scrapy 2.19's ``RobotsTxtMiddleware.robot_parser`` lets the requests that arrive while a host's
robots.txt is being fetched await one shared Deferred as asyncio futures; with the asyncio
reactor, the first waiter takes the parser and every later one gets ``None``, which means "no
robots.txt": allowed. So whether a disallowed page is fetched depends on which request reached
the host first. The parser is stored on the middleware before the Deferred fires, so a waiter
that got ``None`` reads it from there. (Reported to the lead for
``crawler.middlewares.politeness.RobotsPolitenessMiddleware``, which every crawl uses; the
``revisit`` spider, which asks for all of a host's pages at once, uses this subclass now.)
"""

from __future__ import annotations

from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from crawler.middlewares.politeness import RobotsPolitenessMiddleware


class RobotsForEveryWaiterMiddleware(RobotsPolitenessMiddleware):
    async def robot_parser(self, request):
        parser = await super().robot_parser(request)
        if parser is None:
            stored = self._parsers.get(urlparse_cached(request).netloc)
            if stored is not None and not isinstance(stored, Deferred):
                return stored
        return parser
