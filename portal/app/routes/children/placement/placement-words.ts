/** The provider choice for no provider: a temporary placement (the graph checks the type allows it). */
export const NO_PROVIDER = 'none';
