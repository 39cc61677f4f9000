"use strict";
exports.id = 930;
exports.ids = [930];
exports.modules = {

/***/ 75930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openGoogleSource: () => (/* binding */ openGoogleSource)
});

// EXTERNAL MODULE: ./src/gcp/query.ts
var query = __webpack_require__(5366);
;// CONCATENATED MODULE: ./src/gcp/open-source.ts

/**
 * Pass the same `now` as the run's buildQuery so the filter sent is the filter reported.
 * Throws InputError for bad auth configuration; token exchange errors surface on the first read.
 */
async function openCloudLoggingSource(settings, env = process.env, now = new Date(), extra = {}) {
    const { authDeps, ...options } = extra;
    const [{ createAuthClient }, { cloudLoggingSource }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(421), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 23098)), Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(492), __webpack_require__.e(669), __webpack_require__.e(839), __webpack_require__.e(391), __webpack_require__.e(144)]).then(__webpack_require__.bind(__webpack_require__, 9144))]);
    const auth = await createAuthClient(settings, env, authDeps);
    return cloudLoggingSource(settings, { ...options, auth, query: (0,query/* buildQuery */.Zq)(settings, now), env });
}

;// CONCATENATED MODULE: ./src/google-source.ts


async function openGoogleSource(settings, env = process.env, now = new Date(), extra = {}) {
    if (settings.source !== 'bigquery')
        return openCloudLoggingSource(settings, env, now, extra);
    const [{ createAuthClient }, { bigQuerySource, BIGQUERY_SCOPE }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(421), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 23098)), Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(492), __webpack_require__.e(669), __webpack_require__.e(839), __webpack_require__.e(87), __webpack_require__.e(948)]).then(__webpack_require__.bind(__webpack_require__, 59948))]);
    const auth = await createAuthClient(settings, env, extra.authDeps, [BIGQUERY_SCOPE]);
    return bigQuerySource(settings, { auth, query: (0,query/* buildQuery */.Zq)(settings, now), env, clock: extra.clock, requestTimeoutMs: extra.requestTimeoutMs });
}


/***/ })

};
;