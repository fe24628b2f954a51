# Build: the production jar (no embedded PostgreSQL, no Vaadin dev tools).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
# Client-side code (frontend/) and the committed bundles (src/main/bundles) let the build skip Node
COPY frontend/ frontend/
RUN ./mvnw -B -q -Pproduction package -DskipTests && cp target/rehabit-*.jar /src/rehabit.jar

# Run: a JRE as an unprivileged user.
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app rehabit
WORKDIR /app
COPY --from=build /src/rehabit.jar /app/rehabit.jar
USER rehabit
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
ENTRYPOINT ["java", "-XX:InitialRAMPercentage=50", "-XX:MaxRAMPercentage=75", "-jar", "/app/rehabit.jar"]
