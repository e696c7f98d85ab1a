package io.github.rusdialog.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates the export options: package-private {@code *Impl} classes hidden behind the
 * abstract types, public builders reached through {@code X.builder()}, no dependency but the JDK.
 */
@Target(ElementType.TYPE)
// SOURCE: the style matters only to the annotation processor; kept in class files it would make
// javac warn in every project that compiles against core without Immutables on its class path.
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    typeImmutable = "*Impl",
    // The generated builder is "Fields", so that the public, documented Builder can wrap it
    // instead of inheriting its undocumented methods.
    typeBuilder = "Fields",
    typeInnerBuilder = "ExtendedFields",
    builder = "fields",
    get = {},
    allParameters = false,
    defaults = @Value.Immutable(copy = false),
    // No @org.immutables.value.Generated on generated classes: an application that compiles
    // against core without Immutables would get a warning for each (fatal with -Werror).
    allowedClasspathAnnotations = {Override.class})
@interface ExportStyle {}
