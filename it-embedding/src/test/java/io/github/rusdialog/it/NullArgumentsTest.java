package io.github.rusdialog.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.export.ExporterRegistry;
import io.github.rusdialog.export.ExporterSetting;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import io.github.rusdialog.read.ReadWarning;
import io.github.rusdialog.synthesis.AreaCoverage;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.HeadCounts;
import io.github.rusdialog.synthesis.KindHeadCount;
import io.github.rusdialog.synthesis.KindParticipation;
import io.github.rusdialog.synthesis.PriorityConsensus;
import io.github.rusdialog.synthesis.RankedMention;
import io.github.rusdialog.synthesis.ResponseCounts;
import io.github.rusdialog.synthesis.ResponseTally;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryReader;
import io.github.rusdialog.text.SummaryWarning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public method and constructor of the published packages, given {@code null} for one
 * argument at a time, fails with one of the library's documented exceptions naming what was null
 * — never a bare {@code NullPointerException}, {@code IllegalArgumentException} or {@code
 * IllegalStateException} from deep inside, which an application cannot tell from a bug. Accepting
 * the null (a builder that reports it at {@code build()}) is fine too.
 */
class NullArgumentsTest {
  /** The published packages; internal ones (qualified exports) are not API. */
  private static final Set<String> PACKAGES = Set.of("io.github.rusdialog.model", "io.github.rusdialog.export",
      "io.github.rusdialog.text", "io.github.rusdialog.synthesis", "io.github.rusdialog.read",
      "io.github.rusdialog.responses",
      "io.github.rusdialog.json", "io.github.rusdialog.excel", "io.github.rusdialog.pdf", "io.github.rusdialog.html",
      "io.github.rusdialog.docx", "io.github.rusdialog.docx.write", "io.github.rusdialog.markdown",
      "io.github.rusdialog.jackson2",
      "io.github.rusdialog.jackson3");

  /** The exceptions that are not the library's own: a null must never end in one of these exactly. */
  private static final Set<Class<?>> BARE = Set.of(NullPointerException.class, IllegalArgumentException.class,
      IllegalStateException.class, ClassCastException.class, IndexOutOfBoundsException.class);

  @TempDir
  Path dir;

  @Test
  void everyPublicCallRefusesANullWithTheLibrarysOwnException() throws Exception {
    List<String> bare = new ArrayList<>();
    // A type the sweep cannot build is a type it does not test: that fails too, so that it grows with the API.
    Set<String> unbuilt = new TreeSet<>();
    int calls = 0;
    for (Class<?> type : publicClasses()) {
      List<Executable> executables = new ArrayList<>(Arrays.asList(type.getConstructors()));
      executables.addAll(Arrays.asList(type.getMethods()));
      executables.sort(Comparator.comparing(Executable::toString));
      for (Executable executable : executables) {
        if (executable.getDeclaringClass().getPackageName().startsWith("java.")
            || executable.getDeclaringClass().getName().startsWith("tools.jackson")
            || executable.getDeclaringClass().getName().startsWith("com.fasterxml")
            // Enum.valueOf is the JDK's, generated for every enum, and documented to throw NPE.
            || type.isEnum() && executable.getName().equals("valueOf")) {
          continue;
        }
        Class<?>[] parameters = executable.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].isPrimitive()) {
            continue;
          }
          Object receiver = null;
          if (executable instanceof Method && !Modifier.isStatic(executable.getModifiers())) {
            receiver = instanceOf(type);
            if (receiver == null) {
              unbuilt.add(type.getName() + " (to call " + executable.getName() + " on)");
              continue;
            }
          }
          Object[] arguments = new Object[parameters.length];
          boolean known = true;
          for (int j = 0; j < parameters.length; j++) {
            if (j != i) {
              arguments[j] = parameters[j].isPrimitive() ? primitive(parameters[j]) : sample(parameters[j]);
              if (arguments[j] == null) {
                unbuilt.add(parameters[j].getName() + " (an argument of " + executable + ")");
                known = false;
              }
            }
          }
          if (!known) {
            continue;
          }
          calls++;
          Throwable thrown = call(executable, receiver, arguments);
          if (thrown != null && BARE.contains(thrown.getClass())) {
            bare.add(type.getSimpleName() + " " + executable + " with null at " + i + ": "
                + thrown.getClass().getSimpleName() + ": " + thrown.getMessage());
          }
        }
      }
    }
    assertThat(unbuilt).as("public types the sweep cannot build: give sample() a value of each").isEmpty();
    assertThat(calls).as("calls made").isGreaterThan(150);
    assertThat(bare).as("calls that end in a bare JDK exception").isEmpty();
  }

  private static Throwable call(Executable executable, Object receiver, Object[] arguments) throws Exception {
    try {
      if (executable instanceof Constructor) {
        ((Constructor<?>) executable).newInstance(arguments);
      } else {
        ((Method) executable).invoke(receiver, arguments);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  /** A fresh instance to call instance methods on, from the type's own factory; null when it has none. */
  private Object instanceOf(Class<?> type) throws Exception {
    Object sample = sample(type);
    if (sample != null) {
      return sample;
    }
    // A builder comes from its enclosing type's builder().
    for (Class<?> owner : new Class<?>[] {type, type.getEnclosingClass()}) {
      for (String factory : List.of("builder", "create", "load", "defaults", "norrbotten")) {
        try {
          Method method = owner == null ? null : owner.getMethod(factory);
          if (method != null && Modifier.isStatic(method.getModifiers())) {
            Object made = method.invoke(null);
            if (type.isInstance(made)) {
              return made;
            }
          }
        } catch (NoSuchMethodException e) {
          // try the next
        }
      }
    }
    try {
      return type.getConstructor().newInstance();
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object primitive(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class) {
      return 1.0;
    }
    return 1;
  }

  /** A valid value of {@code type}, or null when the test knows none. */
  private Object sample(Class<?> type) {
    try {
      if (type == String.class || type == CharSequence.class || type == Object.class) {
        return "x";
      }
      if (type == Path.class) {
        return Files.writeString(Files.createTempFile(dir, "sample", ".txt"), "Möte 13/3 2024\n");
      }
      if (type == InputStream.class) {
        return new ByteArrayInputStream("Möte 13/3 2024\n".getBytes(StandardCharsets.UTF_8));
      }
      if (type == OutputStream.class) {
        return new ByteArrayOutputStream();
      }
      if (type == Reader.class) {
        return new StringReader("Möte 13/3 2024\n");
      }
      if (type == Dialogue.class) {
        return io.github.rusdialog.testkit.SampleMeetings.seedDialogue();
      }
      if (type == Meeting.class) {
        return io.github.rusdialog.testkit.SampleMeetings.seed();
      }
      if (type == ExportOptions.class) {
        return ExportOptions.defaults();
      }
      if (type == ReadOptions.class) {
        return ReadOptions.defaults();
      }
      if (type == StrategicAreaCatalogue.class) {
        return StrategicAreaCatalogue.norrbotten();
      }
      if (type == Locale.class) {
        return Locale.ENGLISH;
      }
      if (type == LocalDate.class) {
        return LocalDate.of(2024, 3, 13);
      }
      if (type == Instant.class) {
        return Instant.parse("2024-03-14T09:30:00Z");
      }
      if (type == Optional.class) {
        return Optional.empty();
      }
      if (type == List.class || type == Iterable.class || type == java.util.Collection.class) {
        return List.of();
      }
      if (type == Map.class) {
        return Map.of();
      }
      Object model = modelSample(type);
      if (model != null) {
        return model;
      }
      if (type == ClassLoader.class) {
        return NullArgumentsTest.class.getClassLoader();
      }
      if (type.isArray()) {
        return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
      }
      if (type.isEnum()) {
        return type.getEnumConstants()[0];
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return null;
  }

  /** A value of a model, synthesis, reading or exporting type, taken from the sample dialogue; or null. */
  private static Object modelSample(Class<?> type) throws IOException {
    Dialogue dialogue = io.github.rusdialog.testkit.SampleMeetings.seedDialogue();
    Meeting meeting = dialogue.meetings().get(0);
    DialogueSynthesis synthesis = DialogueSynthesis.of(dialogue);
    Map<Class<?>, java.util.function.Supplier<Object>> samples = new java.util.HashMap<>();
    samples.put(PriorityArea.class, () -> meeting.priorities().get(0));
    samples.put(AreaInput.class, () -> meeting.areas().get(0));
    samples.put(StakeholderGroup.class, () -> meeting.participants().get(0));
    samples.put(StrategicArea.class, () -> dialogue.strategicAreas().get(0));
    samples.put(Opportunity.class, () -> Opportunity.of("Fler tåg."));
    samples.put(Challenge.class, () -> Challenge.of("Långa avstånd."));
    samples.put(Insight.class, () -> Insight.of("Unga vill stanna."));
    samples.put(Response.class, () -> Response.of(ResponseStatus.ADOPTED));
    samples.put(Labels.class, () -> Labels.of(Locale.ENGLISH));
    samples.put(Exporter.class, () -> ExporterRegistry.load().exporters().get(0));
    samples.put(ExporterSetting.class, () -> ExporterRegistry.load().exporters().stream()
        .flatMap(exporter -> exporter.settings().stream()).findFirst().orElseThrow());
    samples.put(DialogueSynthesis.class, () -> synthesis);
    samples.put(HeadCounts.class, synthesis::headCounts);
    samples.put(KindHeadCount.class, () -> new KindHeadCount(StakeholderKind.YOUTH, 6, List.of(meeting.id())));
    samples.put(ResponseCounts.class, synthesis::responses);
    samples.put(ResponseTally.class, () -> new ResponseTally(1, 0, 0, 0, 2));
    samples.put(PriorityConsensus.class, () -> synthesis.priorities().get(0));
    samples.put(RankedMention.class, () -> synthesis.priorities().get(0).mentions().get(0));
    samples.put(KindParticipation.class, () -> synthesis.participation().get(0));
    samples.put(AreaCoverage.class, () -> synthesis.coverage().get(0));
    samples.put(SummaryWarning.class, () -> SummaryWarning.at("möte.docx", "paragraph 3", "tunn"));
    samples.put(ReadWarning.class, () -> ReadWarning.atLine("möte.txt", 3, "tunn"));
    samples.put(ReadResult.class, () -> ReadResult.of(dialogue, List.of()));
    samples.put(Throwable.class, () -> new IllegalStateException("orsak"));
    samples.put(Summary.class, () -> {
      try {
        return SummaryReader.create().read("Möte 13/3 2024\n", "möte.txt");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    samples.put(io.github.rusdialog.text.SummaryDocument.class, () -> {
      try {
        return SummaryReader.create().readDocument("Möten\n\n# Möte 13/3 2024\n\n# Möte 14/3 2024\n", "möten.txt");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    java.util.function.Supplier<Object> sample = samples.get(type);
    return sample == null ? null : sample.get();
  }

  /** The public classes of the published packages, from the library jars on the application path. */
  private static List<Class<?>> publicClasses() throws IOException, ClassNotFoundException {
    Set<String> names = new TreeSet<>();
    for (String entry : Application.libraryPath()) {
      if (!entry.contains("rusdialog")) {
        continue;
      }
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files.map(file -> path.relativize(file).toString().replace(File.separatorChar, '/'))
              .filter(name -> name.endsWith(".class")).forEach(names::add);
        }
      } else {
        try (JarFile jar = new JarFile(path.toFile())) {
          jar.stream().map(e -> e.getName()).filter(name -> name.endsWith(".class")).forEach(names::add);
        }
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      int dot = className.lastIndexOf('.');
      // Immutables' generated classes are package-private or nested in them: never API.
      if (dot < 0 || !PACKAGES.contains(className.substring(0, dot)) || className.endsWith("module-info")
          || className.contains("Impl")) {
        continue;
      }
      Class<?> type = Class.forName(className, false, NullArgumentsTest.class.getClassLoader());
      // Interfaces are implemented by others; their contracts are tested where they are implemented.
      if (Modifier.isPublic(type.getModifiers()) && !type.isInterface()) {
        classes.add(type);
      }
    }
    return classes;
  }
}
