package io.github.rusdialog.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates the model: package-private {@code *Impl} classes hidden behind the
 * abstract types, each with a package-private builder ({@code XImpl.fields()}) that the type's
 * public, documented {@code X.Builder} wraps; no dependency but the JDK.
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
    // The generated builder is "Fields", so that each type's public, documented Builder can
    // wrap it instead of being taken for a builder to extend.
    typeBuilder = "Fields",
    typeInnerBuilder = "ExtendedFields",
    builder = "fields",
    get = {},
    allParameters = false,
    defaults = @Value.Immutable(copy = false),
    // No @org.immutables.value.Generated on generated classes: an application that compiles
    // against core without Immutables would get a warning for each (fatal with -Werror).
    allowedClasspathAnnotations = {Override.class},
    // Nulls are let through to the checks, which report them as ModelValidationException
    // naming the field, like every other invalid value; required fields are still checked.
    validationMethod = Value.Style.ValidationMethod.MANDATORY_ONLY)
@interface ModelStyle {}
