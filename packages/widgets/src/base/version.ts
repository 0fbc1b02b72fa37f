/** Version of this copy of the kit; compared when a second copy tries to register the same tags. */
export const KIT_VERSION = '0.1.0';
