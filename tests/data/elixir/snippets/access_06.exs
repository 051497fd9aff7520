socket.assigns[:user]
@config[:adapter]
__MODULE__.config()[:key]
