# A stand-in for the part of the `requests` library the documentation's examples use (get with params, status_code,
# text, codes.ok, ConnectionError, HTTPError), on the standard library. The conformance test puts it on PYTHONPATH
# only when the machine's python3 has no `requests`, so that the examples still run unchanged there.
import urllib.error
import urllib.parse
import urllib.request


class ConnectionError(Exception):
    pass


class HTTPError(Exception):
    pass


class codes:
    ok = 200


class Response:
    def __init__(self, url, status_code, text):
        self.url = url
        self.status_code = status_code
        self.text = text


def get(url, params=None):
    full = url + ('?' + urllib.parse.urlencode(params) if params else '')
    try:
        with urllib.request.urlopen(full) as reply:
            return Response(full, reply.status, reply.read().decode('utf-8'))
    except urllib.error.HTTPError as e:
        return Response(full, e.code, e.read().decode('utf-8', 'replace'))
    except urllib.error.URLError as e:
        raise ConnectionError(str(e.reason))
