/** An id from the URL worth asking the gateway about: short and plain; anything else is a 404 without a request. */
export const isRouteId = (id: string | undefined): id is string => !!id && id.length <= 100 && /^[\w-]+$/.test(id);
