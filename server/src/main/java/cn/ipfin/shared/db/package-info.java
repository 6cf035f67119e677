/**
 * The one DataSource (external PostgreSQL or the embedded one of a data directory) and the database's backup and
 * restore; the command line entry point ({@code db backup|restore}) is called from the application's main.
 */
@org.springframework.modulith.NamedInterface("db")
package cn.ipfin.shared.db;
