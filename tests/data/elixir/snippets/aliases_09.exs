__ENV__.file
__DIR__
__CALLER__.module
__STACKTRACE__
