"""Adapters for the tools pipelines already run on: Scrapy and Dask.

Each module needs its extra (``pip install 'wireclean[scrapy]'`` or ``'wireclean[dask]'``);
the core package never imports them.
"""
