package io.github.rusdialog.internal.services;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads the providers of a service, as exporters and readers are found. Not API: core's own, in a
 * package its module does not export.
 */
public final class Providers {
  private Providers() {}

  /**
   * {@return the providers of {@code service} visible to {@code loader} that could be loaded}
   *
   * @param service the service interface
   * @param loader the class loader whose {@code META-INF/services} and module providers count
   * @param problems where to add why a listed provider could not be loaded
   * @param <T> the service type
   */
  public static <T> List<T> load(Class<T> service, ClassLoader loader, List<String> problems) {
    List<T> found = new ArrayList<>();
    Iterator<T> providers = ServiceLoader.load(service, loader).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        found.add(providers.next());
      } catch (ServiceConfigurationError e) {
        // One broken jar on the class path must not take the other formats down with it.
        problems.add(e.getMessage());
      }
    }
    return found;
  }
}
