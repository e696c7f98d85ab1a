package io.github.rusdialog.export;

import io.github.rusdialog.internal.services.Providers;
import io.github.rusdialog.model.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The exporters available to an application, found with {@link java.util.ServiceLoader} and looked up by id.
 *
 * <p>A provider that cannot be loaded is skipped and reported in {@link #problems()}; two providers
 * with one id make {@link #load()} fail naming both classes. Immutable and thread-safe.
 * <pre>{@code
 * Exporter pdf = ExporterRegistry.load().get("pdf");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExporterRegistry {
  private final Map<String, Exporter> byId;
  private final List<String> problems;

  private ExporterRegistry(Map<String, Exporter> byId, List<String> problems) {
    this.byId = Collections.unmodifiableMap(byId);
    this.problems = List.copyOf(problems);
  }

  /** {@return the exporters visible to the thread's context class loader} */
  public static ExporterRegistry load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader != null ? loader : ExporterRegistry.class.getClassLoader());
  }

  /**
   * Loads the exporters visible to {@code loader}.
   *
   * @param loader the class loader whose {@code META-INF/services} and module providers count
   * @return the registry
   */
  public static ExporterRegistry load(ClassLoader loader) {
    InvalidArgumentException.requireNonNull(loader, "loader");
    List<String> problems = new ArrayList<>();
    List<Exporter> found = Providers.load(Exporter.class, loader, problems);
    return of(found, problems);
  }

  /**
   * {@return a registry of exactly these exporters, for applications that wire exporters by hand}
   *
   * @param exporters the exporters; their ids must be unique
   */
  public static ExporterRegistry of(Collection<? extends Exporter> exporters) {
    InvalidArgumentException.requireNonNull(exporters, "exporters");
    return of(exporters, List.of());
  }

  private static ExporterRegistry of(Collection<? extends Exporter> exporters, List<String> problems) {
    Map<String, Exporter> byId = new TreeMap<>();
    for (Exporter exporter : exporters) {
      Exporter other = byId.putIfAbsent(exporter.id(), exporter);
      if (other != null) {
        throw new IllegalStateException("Two exporters have the id '" + exporter.id() + "': "
            + other.getClass().getName() + " and " + exporter.getClass().getName()
            + "; remove one of them from the class path");
      }
    }
    return new ExporterRegistry(byId, problems);
  }

  /**
   * {@return the exporter with this id, if there is one}
   *
   * @param id the exporter's id, e.g. {@code xlsx}
   */
  public Optional<Exporter> find(String id) {
    InvalidArgumentException.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * {@return the exporter with this id}
   *
   * @param id the exporter's id, e.g. {@code xlsx}
   * @throws UnknownExporterException if there is none; its message lists the ids that exist and
   *     the providers that failed to load, since the one asked for may be among them
   */
  public Exporter get(String id) {
    InvalidArgumentException.requireNonNull(id, "id");
    Exporter exporter = byId.get(id);
    if (exporter == null) {
      throw new UnknownExporterException(id, ids(), problems);
    }
    return exporter;
  }

  /** {@return the ids of all exporters, sorted} */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** {@return all exporters, sorted by id} */
  public List<Exporter> exporters() {
    return List.copyOf(byId.values());
  }

  /** {@return why providers listed on the class path could not be loaded; empty when all loaded} */
  public List<String> problems() {
    return problems;
  }
}
